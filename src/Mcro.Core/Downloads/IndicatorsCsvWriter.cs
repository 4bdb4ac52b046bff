using System.Text;
using Mcro.Indicators;
using Mcro.Indicators.Change;

namespace Mcro.Downloads;

/// <summary>Writes <see cref="YearIndicators"/> as tidy CSV, one figure a row (columns in docs/indicators-contract.md).</summary>
public static class IndicatorsCsvWriter
{
    public const string Header = "year,figure,municipality,community,task,taskCount,value";

    public static string Write(YearIndicators indicators) => Write(indicators, null);

    /// <param name="change">The change from the year before in the data, written as change.* rows; null: none.</param>
    public static string Write(YearIndicators indicators, YearChange? change) =>
        AppendRows(new StringBuilder(Header).Append('\n'), indicators, change).ToString();

    /// <summary>Every year's rows under one header, oldest first: the yearly files concatenated (trends/indicators.csv).</summary>
    public static string WriteEveryYear(IEnumerable<(YearIndicators Figures, YearChange? Change)> years)
    {
        var csv = new StringBuilder(Header).Append('\n');
        foreach (var (figures, change) in years) AppendRows(csv, figures, change);
        return csv.ToString();
    }

    /// <summary>One MOCR's rows of one year (a profile's figures.csv): the perOffice.* rows of the yearly file, under its header.</summary>
    public static string WriteOffice(int year, OfficeFigures office)
    {
        var csv = new StringBuilder(Header).Append('\n');
        var y = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var r in IndicatorRows.Office(office)) AppendRow(csv, y, r);
        return csv.ToString();
    }

    private static StringBuilder AppendRows(StringBuilder csv, YearIndicators indicators, YearChange? change)
    {
        // '\n' on every OS: the same bytes wherever it runs.
        var year = indicators.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var r in IndicatorRows.Of(indicators).Concat(ChangeRows.Of(change))) AppendRow(csv, year, r);
        return csv;
    }

    private static void AppendRow(StringBuilder csv, string year, IndicatorRow r)
    {
        csv.Append(year);
        foreach (var field in (ReadOnlySpan<string>)[r.Figure.Key, r.Municipality, r.Community, r.Task, r.TaskCount, r.Value])
            csv.Append(',').Append(Field(field));
        csv.Append('\n');
    }

    /// <summary>RFC 4180 quoting; codes never need it, but a figure must never break a row.</summary>
    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
