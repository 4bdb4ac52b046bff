using System.Text.Json;
using Mcro.Review.Report;

namespace Mcro.Cli.Output;

/// <summary>The reviewer's report in JSON: the same sections as the text and Markdown reports, each change a record.</summary>
public static class DiffJsonReport
{
    public static void Write(Utf8JsonWriter json, ReviewReport report)
    {
        json.WriteStartArray("newYears");
        foreach (var year in report.NewYears)
        {
            json.WriteStartObject();
            json.WriteNumber("year", year.Year);
            if (year.Previous is { } previous) json.WriteNumber("previous", previous);
            else json.WriteNull("previous");
            json.WriteNumber("editions", year.Editions);
            json.WriteNumber("pages", year.Pages);
            json.WriteNumber("charts", year.Charts);
            json.WriteNumber("downloads", year.Downloads);
            json.WriteNumber("figures", year.Figures);
            json.WriteStartArray("headlines");
            foreach (var h in year.Headlines)
            {
                json.WriteStartObject();
                json.WriteString("figure", h.Name);
                json.WriteString("before", h.Before);
                json.WriteString("after", h.After);
                json.WriteString("change", h.Change);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteString("numbersAs", report.Lead ?? report.Changes.DefaultEdition);
        json.WriteStartArray("figures");
        foreach (var f in report.Figures)
        {
            json.WriteStartObject();
            json.WriteString("figure", f.Name);
            json.WriteString("key", f.Raw.FigureKey);
            json.WriteString("before", f.Before);
            json.WriteString("after", f.After);
            json.WriteString("valueBefore", f.Raw.Before);
            json.WriteString("valueAfter", f.Raw.After);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartObject("pages");
        json.WriteString("edition", report.Lead);
        json.WriteStartArray("sameIn");
        foreach (var edition in report.SameIn) json.WriteStringValue(edition);
        json.WriteEndArray();
        json.WriteStartArray("repeated");
        foreach (var k in report.KnockOns)
        {
            json.WriteStartObject();
            json.WriteNumber("pages", k.Pages);
            json.WriteString("kinds", k.Kinds);
            json.WriteBoolean("vary", k.NumbersVary);
            if (k.Text is { } t) Text(json, "example", t);
            if (k.Chart is { } c) Chart(json, "example", c);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        Listing(json, report.Texts, report.Charts);
        json.WriteStartArray("differing");
        foreach (var edition in report.Differing)
        {
            json.WriteStartObject();
            json.WriteString("edition", edition.Edition);
            Listing(json, edition.Texts, edition.Charts);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Listing(Utf8JsonWriter json, IReadOnlyList<PlacedText> texts, IReadOnlyList<PlacedChart> charts)
    {
        json.WriteStartArray("texts");
        foreach (var t in texts) Text(json, null, t);
        json.WriteEndArray();
        json.WriteStartArray("charts");
        foreach (var c in charts) Chart(json, null, c);
        json.WriteEndArray();
    }

    private static void Text(Utf8JsonWriter json, string? name, PlacedText text)
    {
        if (name is null) json.WriteStartObject();
        else json.WriteStartObject(name);
        json.WriteString("page", text.Page);
        Strings(json, "before", text.Change.Before);
        Strings(json, "after", text.Change.After);
        json.WriteStartArray("words");
        foreach (var (before, after) in text.Change.InPlace ?? []) DiffJsonData.Words(json, before, after);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Chart(Utf8JsonWriter json, string? name, PlacedChart chart)
    {
        if (name is null) json.WriteStartObject();
        else json.WriteStartObject(name);
        json.WriteString("chart", chart.Chart);
        json.WriteString("before", chart.Change.Before);
        json.WriteString("after", chart.Change.After);
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
