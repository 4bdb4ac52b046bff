using Mcro.Diagnostics;

namespace Mcro.Cli.Output;

/// <summary>
/// The whole list of problems for the job's summary page (GITHUB_STEP_SUMMARY): GitHub shows at most ten error
/// annotations a step, so the annotations alone would hide the rest.
/// </summary>
public static class GithubStepSummary
{
    /// <summary>The summary file of this step, or null outside GitHub Actions.</summary>
    public static string? File => Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") is { Length: > 0 } path ? path : null;

    /// <summary>Appends to the step's summary (other steps' and commands' parts stay).</summary>
    public static void Append(Action<TextWriter> write)
    {
        if (File is not { } path) return;
        using var summary = new StreamWriter(path, append: true, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        write(summary);
    }

    public static void WriteProblems(TextWriter summary, string command, IReadOnlyList<Diagnostic> problems, GithubPaths paths)
    {
        summary.WriteLine($"### {command}: {ProblemPrinter.Count(problems.Count)}");
        summary.WriteLine();
        if (problems.Count == 0) return;
        summary.WriteLine("| where | rule | problem |");
        summary.WriteLine("|---|---|---|");
        foreach (var p in problems)
        {
            // As the text format prints it: a CSV cell by its column letter and header.
            var where = (p.Location with { File = paths.Relative(p.Location.File) }).ToString();
            summary.WriteLine($"| `{Cell(where)}` | {Cell(p.Rule)} | {Cell(p.Message)} |");
        }
        summary.WriteLine();
    }

    /// <summary>One table cell: hidden characters escaped as everywhere mcro prints, then Markdown's own.</summary>
    public static string Cell(string text) =>
        SafeText.Escape(text).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace("`", "'", StringComparison.Ordinal);
}
