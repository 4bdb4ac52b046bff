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
    /// <param name="warnings">What is worth a look but refused nothing; printed before the problems, marked "warning".</param>
    public static void Print(IReadOnlyList<Diagnostic> problems, ProblemFormat format, TextWriter output, DatasetSummary? summary = null, string command = "mcro",
        IReadOnlyList<Diagnostic>? warnings = null)
    {
        warnings ??= [];
        switch (format)
        {
            case ProblemFormat.Json:
                output.WriteLine(Json(problems, summary, warnings));
                return;
            case ProblemFormat.Github:
                var paths = GithubPaths.FromEnvironment();
                foreach (var w in warnings) output.WriteLine(GithubAnnotation(w, paths, "warning"));
                foreach (var p in problems) output.WriteLine(GithubAnnotation(p, paths));
                // The log shows the count even where only ten annotations are shown; the job summary (written by the command) has them all.
                if (problems.Count + warnings.Count > 0)
                {
                    var count = $"{command}: {Count(problems.Count, warnings.Count)}";
                    output.WriteLine(GithubStepSummary.File is null ? count : $"{count}; the full list is in the job summary");
                }
                break;
            default:
                var colour = TerminalColour.For(output);
                foreach (var w in warnings)
                {
                    if (colour is null) output.WriteLine(WarningText(w));
                    else colour.MarkupLine($"[yellow]{Markup.Escape(WarningText(w))}[/]");
                }
                foreach (var p in problems)
                {
                    if (colour is null) output.WriteLine(Text(p));
                    else colour.MarkupLine($"[red]{Markup.Escape(Text(p))}[/]");
                }
                break;
        }
        if (summary is not null) output.WriteLine(summary.ToString());
    }

    public static string Count(int problems) => Count(problems, 0);

    /// <summary>"1 problem found", "0 problems, 1 warning found": warnings are named when there are any.</summary>
    public static string Count(int problems, int warnings) =>
        (warnings == 0 ? Plural(problems, "problem") : $"{Plural(problems, "problem")}, {Plural(warnings, "warning")}") + " found";

    private static string Plural(int count, string one) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (count == 1 ? one : one + "s");

    /// <summary>
    /// A problem as the text format prints it: one line "path:line:column: message", whatever the path or the
    /// message holds (a value typed with a line break or an escape sequence shows as \n or \u001B).
    /// </summary>
    public static string Text(Diagnostic p) => SafeText.Line(p);

    /// <summary>A warning as the text format prints it: "data/2020: warning: …".</summary>
    public static string WarningText(Diagnostic w) => SafeText.Escape($"{w.Location}: warning: {w.Message}");

    /// <summary>
    /// A GitHub Actions workflow command, its file given from the repository's root so GitHub can show it on the pull
    /// request; its properties and message need their own escaping.
    /// </summary>
    /// <param name="kind">error, or warning for what refused nothing.</param>
    public static string GithubAnnotation(Diagnostic d, GithubPaths paths, string kind = "error")
    {
        var sb = new StringBuilder("::").Append(kind).Append(" file=").Append(EscapeProperty(paths.Relative(d.Location.File)));
        if (d.Location.Line > 0) sb.Append(",line=").Append(d.Location.Line);
        if (d.Location.Column > 0) sb.Append(",col=").Append(d.Location.Column);
        // col= stays the character column GitHub expects; the title names the spreadsheet column people look for.
        sb.Append(",title=").Append(EscapeProperty(d.Location.Sheet is not null && d.Location.Line > 0 ? $"mcro {d.Rule} in {d.Location.ToString()[(d.Location.File.Length + 3)..]}"
            : d.Location.Cell is { } cell && d.Location.Line > 0 ? $"mcro {d.Rule} in column {cell}" : $"mcro {d.Rule}"));
        return sb.Append("::").Append(EscapeData(d.Message)).ToString();
    }

    /// <summary>The workflow-command rules (%, CR and LF) after mcro's own, so no hidden character reaches the log.</summary>
    private static string EscapeData(string s) =>
        SafeText.Escape(s).Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeProperty(string s) =>
        EscapeData(s).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    private static string Json(IReadOnlyList<Diagnostic> problems, DatasetSummary? summary, IReadOnlyList<Diagnostic> warnings)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteBoolean("ok", problems.Count == 0);
            WriteList(json, "problems", problems);
            WriteList(json, "warnings", warnings);
            if (summary is not null)
            {
                json.WriteStartObject("summary");
                json.WriteStartArray("years");
                foreach (var y in summary.Years) json.WriteNumberValue(y);
                json.WriteEndArray();
                json.WriteNumber("municipalities", summary.Municipalities);
                json.WriteNumber("staffRows", summary.StaffRows);
                // A draft year's progress, as the text prints it: what a bot tracking the year's filling-in reads.
                json.WriteStartArray("drafts");
                foreach (var d in summary.Drafts) json.WriteStringValue(d);
                json.WriteEndArray();
                json.WriteStartArray("mechanisms");
                foreach (var m in summary.Mechanisms)
                {
                    json.WriteStartObject();
                    json.WriteString("id", m.Id);
                    json.WriteStartArray("years");
                    foreach (var y in m.Years) json.WriteNumberValue(y);
                    json.WriteEndArray();
                    json.WriteStartArray("established");
                    foreach (var e in m.Established) json.WriteNumberValue(e);
                    json.WriteEndArray();
                    json.WriteNumber("municipalities", m.Municipalities);
                    json.WriteNumber("peopleRows", m.People);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteList(Utf8JsonWriter json, string name, IReadOnlyList<Diagnostic> diagnostics)
    {
        json.WriteStartArray(name);
        foreach (var d in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("file", SafeText.Escape(d.Location.File));
            json.WriteNumber("line", d.Location.Line);
            json.WriteNumber("column", d.Location.Column);
            // A CSV cell's spreadsheet column: its letter and header (null outside CSV, or "" for a cell without header).
            if (d.Location.Cell is { } cell)
            {
                json.WriteString("cell", cell.Letter);
                json.WriteString("header", SafeText.Escape(cell.Header));
            }
            else
            {
                json.WriteNull("cell");
                json.WriteNull("header");
            }
            // A workbook cell's sheet (its line is then the sheet's row); absent for text files.
            if (d.Location.Sheet is { } sheet) json.WriteString("sheet", SafeText.Escape(sheet));
            json.WriteString("rule", d.Rule);
            json.WriteString("message", SafeText.Escape(d.Message));
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
