using System.Text;

namespace Mcro.Indicators;

/// <summary>Writes <see cref="YearIndicators"/> as tidy CSV, one figure a row (columns in docs/indicators-contract.md).</summary>
public static class IndicatorsCsvWriter
{
    public const string Header = "year,figure,municipality,community,task,taskCount,value";

    public static string Write(YearIndicators indicators)
    {
        // '\n' on every OS: the same bytes wherever it runs.
        var csv = new StringBuilder(Header).Append('\n');
        var year = indicators.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var r in IndicatorRows.Of(indicators))
        {
            csv.Append(year);
            foreach (var field in (ReadOnlySpan<string>)[r.Figure, r.Municipality, r.Community, r.Task, r.TaskCount, r.Value])
                csv.Append(',').Append(Field(field));
            csv.Append('\n');
        }
        return csv.ToString();
    }

    /// <summary>RFC 4180 quoting; codes never need it, but a figure must never break a row.</summary>
    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
