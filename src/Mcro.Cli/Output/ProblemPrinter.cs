using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Mcro.Diagnostics;
using Spectre.Console;

namespace Mcro.Cli.Output;

/// <summary>Prints problems in the one agreed shape per format.</summary>
public static class ProblemPrinter
{
    /// <param name="command">The command, as the GitHub job summary names it ("mcro validate").</param>
    public static void Print(IReadOnlyList<Diagnostic> problems, ProblemFormat format, TextWriter output, DatasetSummary? summary = null, string command = "mcro")
    {
        switch (format)
        {
            case ProblemFormat.Json:
                output.WriteLine(Json(problems, summary));
                return;
            case ProblemFormat.Github:
                var paths = GithubPaths.FromEnvironment();
                foreach (var p in problems) output.WriteLine(GithubAnnotation(p, paths));
                // The log shows the count even where only ten annotations are shown; the job summary has every problem.
                if (problems.Count > 0)
                {
                    output.WriteLine(GithubStepSummary.File is null ? $"{command}: {Count(problems.Count)}" : $"{command}: {Count(problems.Count)}; the full list is in the job summary");
                    GithubStepSummary.Append(s => GithubStepSummary.WriteProblems(s, command, problems, paths));
                }
                break;
            default:
                var colour = TerminalColour.For(output);
                foreach (var p in problems)
                {
                    if (colour is null) output.WriteLine(p.ToString());
                    else colour.MarkupLine($"[red]{Markup.Escape(p.ToString())}[/]");
                }
                break;
        }
        if (summary is not null) output.WriteLine(summary.ToString());
    }

    public static string Count(int problems) => problems == 1 ? "1 problem found" : $"{problems} problems found";

    /// <summary>
    /// A GitHub Actions workflow command, its file given from the repository's root so GitHub can show it on the pull
    /// request; its properties and message need their own escaping.
    /// </summary>
    public static string GithubAnnotation(Diagnostic d, GithubPaths paths)
    {
        var sb = new StringBuilder("::error file=").Append(EscapeProperty(paths.Relative(d.Location.File)));
        if (d.Location.Line > 0) sb.Append(",line=").Append(d.Location.Line);
        if (d.Location.Column > 0) sb.Append(",col=").Append(d.Location.Column);
        // col= stays the character column GitHub expects; the title names the spreadsheet column people look for.
        sb.Append(",title=").Append(EscapeProperty(d.Location.Cell is { } cell && d.Location.Line > 0 ? $"mcro {d.Rule} in column {cell}" : $"mcro {d.Rule}"));
        return sb.Append("::").Append(EscapeData(d.Message)).ToString();
    }

    private static string EscapeData(string s) =>
        s.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeProperty(string s) =>
        EscapeData(s).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    private static string Json(IReadOnlyList<Diagnostic> problems, DatasetSummary? summary)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteBoolean("ok", problems.Count == 0);
            json.WriteStartArray("problems");
            foreach (var p in problems)
            {
                json.WriteStartObject();
                json.WriteString("file", p.Location.File);
                json.WriteNumber("line", p.Location.Line);
                json.WriteNumber("column", p.Location.Column);
                // A CSV cell's spreadsheet column: its letter and header (null outside CSV, or "" for a cell without header).
                if (p.Location.Cell is { } cell)
                {
                    json.WriteString("cell", cell.Letter);
                    json.WriteString("header", cell.Header);
                }
                else
                {
                    json.WriteNull("cell");
                    json.WriteNull("header");
                }
                json.WriteString("rule", p.Rule);
                json.WriteString("message", p.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (summary is not null)
            {
                json.WriteStartObject("summary");
                json.WriteStartArray("years");
                foreach (var y in summary.Years) json.WriteNumberValue(y);
                json.WriteEndArray();
                json.WriteNumber("municipalities", summary.Municipalities);
                json.WriteNumber("staffRows", summary.StaffRows);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
