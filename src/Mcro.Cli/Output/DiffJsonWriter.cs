using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Mcro.Review;

namespace Mcro.Cli.Output;

/// <summary>
/// A comparison for other tools: the changes as they are, each list in the order the text report has it; the data's
/// changes as records (file, line, column, key, before, after), and changed texts also as their changed words.
/// </summary>
public static class DiffJsonWriter
{
    public static void Write(SiteChanges changes, TextWriter output) => Write(Review.Report.ReviewReportBuilder.Of(changes), output);

    /// <summary>
    /// The report's sections as the text and Markdown formats have them (newYears, figures, pages), values as the page
    /// shows them beside the tidy CSV's; then every edition's changes as they are ("editions"), for tools that want all.
    /// </summary>
    public static void Write(Review.Report.ReviewReport report, TextWriter output)
    {
        var changes = report.Changes;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteBoolean("changed", !changes.IsEmpty);
            json.WriteNumber("count", changes.Count);
            json.WriteString("summary", DiffTotal.Of(report));
            json.WriteStartArray("draftsLeftOut");
            foreach (var year in changes.DraftsLeftOut) json.WriteNumberValue(year);
            json.WriteEndArray();
            DiffJsonData.Write(json, changes.Data);
            json.WriteStartArray("mechanismFigures");
            foreach (var f in changes.MechanismFigures)
            {
                json.WriteStartObject();
                json.WriteString("mechanism", f.Mechanism);
                json.WriteNumber("year", f.Year);
                json.WriteString("figure", f.Figure);
                json.WriteString("before", f.Before);
                json.WriteString("after", f.After);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            DiffJsonReport.Write(json, report);
            Strings(json, "editionsAdded", changes.EditionsAdded);
            Strings(json, "editionsRemoved", changes.EditionsRemoved);
            Strings(json, "filesAdded", changes.FilesAdded);
            Strings(json, "filesRemoved", changes.FilesRemoved);
            json.WriteStartArray("editions");
            foreach (var unit in changes.Units)
            {
                json.WriteStartObject();
                json.WriteString("edition", unit.Unit);
                json.WriteStartArray("figures");
                foreach (var f in unit.Figures)
                {
                    json.WriteStartObject();
                    json.WriteString("figure", f.Figure);
                    json.WriteString("before", f.Before);
                    json.WriteString("after", f.After);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteStartArray("texts");
                foreach (var t in unit.Texts)
                {
                    json.WriteStartObject();
                    json.WriteString("page", t.Page);
                    Strings(json, "before", t.Before);
                    Strings(json, "after", t.After);
                    json.WriteStartArray("words");
                    foreach (var (before, after) in t.InPlace ?? []) DiffJsonData.Words(json, before, after);
                    json.WriteEndArray();
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteStartArray("charts");
                foreach (var c in unit.Charts)
                {
                    json.WriteStartObject();
                    json.WriteString("chart", c.Chart);
                    json.WriteString("before", c.Before);
                    json.WriteString("after", c.After);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
