using System.Security.Cryptography;
using System.Text;
using Mcro.Diagnostics;
using Mcro.Review;

namespace Mcro.Cli.Output;

/// <summary>
/// The job's summary page (GITHUB_STEP_SUMMARY), written by mcro itself so that no workflow step needs a pipe: a pipe
/// would hand the step the exit code of its last command (GitHub runs a step with `bash -e`, no pipefail). Each report
/// is appended once, in Markdown, whatever --format prints; writing it never changes the exit code.
/// </summary>
public static class GithubStepSummary
{
    /// <summary>
    /// The comparisons already in this job's summary, handed from step to step through GITHUB_ENV: `mcro diff` and
    /// `mcro snapshot verify` in one pull request usually find the very same changes, and the page shows them once.
    /// </summary>
    public const string ReportsVariable = "MCRO_SUMMARY_REPORTS";

    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>The summary file of this step, or null outside GitHub Actions.</summary>
    public static string? File => Variable("GITHUB_STEP_SUMMARY");

    /// <summary>Appends to the step's summary (other steps' and commands' parts stay); one that cannot be written is a warning on <paramref name="error"/>.</summary>
    /// <returns>Whether the text is in the summary now (written, or on its way there through the output).</returns>
    public static bool Append(Action<TextWriter> write, TextWriter error)
    {
        if (File is not { } path) return false;
        if (OutputIsTheSummary(path)) return true;
        var text = new StringWriter { NewLine = "\n" };
        write(text);
        return AppendTo(path, text.ToString(), "the job summary", error);
    }

    /// <summary>The count and every problem and warning, as a table (GitHub shows at most ten annotations a step).</summary>
    public static void AppendProblems(string command, IReadOnlyList<Diagnostic> problems, IReadOnlyList<Diagnostic> warnings, TextWriter error) =>
        _ = Append(s => WriteProblems(s, command, problems, GithubPaths.FromEnvironment(), warnings), error);

    /// <summary>
    /// A comparison, as `mcro diff --format markdown` prints it; when an earlier step of the job put the same changes in
    /// the summary, only its total line and a pointer to that report.
    /// </summary>
    public static void AppendChanges(SiteChanges changes, string title, TextWriter error, string? afterword = null)
    {
        if (File is null) return;
        var digest = Digest(changes);
        var reported = (Variable(ReportsVariable) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var again = !changes.IsEmpty && reported.Contains(digest, StringComparer.Ordinal);
        var written = Append(s =>
        {
            if (again) s.WriteLine($"{DiffMarkdownWriter.TotalLine(changes, title)} (the same changes as in the report above)");
            else DiffMarkdownWriter.Write(changes, s, title);
            if (afterword is not null)
            {
                s.WriteLine();
                s.WriteLine(afterword);
            }
            s.WriteLine();
        }, error);
        if (written && !changes.IsEmpty && !again && Variable("GITHUB_ENV") is { } env)
            AppendTo(env, $"{ReportsVariable}={string.Join(' ', reported.Append(digest))}\n", "GITHUB_ENV", error);
    }

    public static void WriteProblems(TextWriter summary, string command, IReadOnlyList<Diagnostic> problems, GithubPaths paths, IReadOnlyList<Diagnostic>? warnings = null)
    {
        warnings ??= [];
        summary.WriteLine($"### {command}: {ProblemPrinter.Count(problems.Count, warnings.Count)}");
        summary.WriteLine();
        if (problems.Count + warnings.Count == 0) return;
        summary.WriteLine("| where | rule | problem |");
        summary.WriteLine("|---|---|---|");
        foreach (var p in problems) summary.WriteLine(Row(p, paths, ""));
        foreach (var w in warnings) summary.WriteLine(Row(w, paths, "warning: "));
        summary.WriteLine();
    }

    /// <summary>One table cell: hidden characters escaped as everywhere mcro prints, then Markdown's own.</summary>
    public static string Cell(string text) =>
        SafeText.Escape(text).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace("`", "'", StringComparison.Ordinal);

    private static string Row(Diagnostic d, GithubPaths paths, string kind)
    {
        // As the text format prints it: a CSV cell by its column letter and header.
        var where = (d.Location with { File = paths.Relative(d.Location.File) }).ToString();
        return $"| `{Cell(where)}` | {Cell(d.Rule)} | {Cell(kind + d.Message)} |";
    }

    /// <summary>
    /// The changes a reader would see alone, whatever the report is titled: equal changes, equal digest. The data's own
    /// changes are left out: `snapshot verify` finds the same pages changed without knowing which cells made them.
    /// </summary>
    private static string Digest(SiteChanges changes)
    {
        var text = new StringWriter { NewLine = "\n" };
        DiffMarkdownWriter.Write(changes with { Data = Review.Data.DataChanges.None }, text);
        return Convert.ToHexStringLower(SHA256.HashData(Utf8.GetBytes(text.ToString())))[..16];
    }

    private static bool AppendTo(string path, string text, string what, TextWriter error)
    {
        try
        {
            System.IO.File.AppendAllText(path, text, Utf8);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // The report is in the log already; a summary lost must not turn a passing check into a failing one, or back.
            error.WriteLine(SafeText.Escape($"mcro: warning: {what} was not written ({path}): {e.Message}"));
            return false;
        }
    }

    /// <summary>
    /// `mcro diff --format markdown >> "$GITHUB_STEP_SUMMARY"`, as workflows were written before mcro wrote the summary
    /// itself: the report is on its way there already, and would land twice.
    /// </summary>
    private static bool OutputIsTheSummary(string path)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return new FileInfo("/proc/self/fd/1").LinkTarget is { } target
                && string.Equals(Path.GetFullPath(target), Path.GetFullPath(path), StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }

    private static string? Variable(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
