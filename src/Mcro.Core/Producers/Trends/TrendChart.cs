using System.Collections.Immutable;
using System.Globalization;
using Mcro.Charts;
using Mcro.Indicators.Change;
using Mcro.Localization;
using Mcro.Rendering.Views;

namespace Mcro.Producers.Trends;

/// <summary>One headline figure's series as a line chart, laid out, and its data table, in one edition: counts, or shares where the base changes.</summary>
public static class TrendChart
{
    /// <param name="notes">The number of each break's note, by the year after the break.</param>
    public static (DrawnChart Chart, DataTable Table) Build(TrendSeries series, TextCatalog text, EditionNames names, IReadOnlyDictionary<int, string> notes)
    {
        var numbers = text.Edition.Numbers;
        var label = HeadlineLabels.Of(series.First, text, names);
        var (format, values, axis, title) = series.First.Kind == HeadlineKind.Mean
            ? (ChartValueFormat.Tenths, series.Points.Select(p => Tenths(p.Displayed(false))), text.Text(TrendsTexts.MeanAxis), label)
            : series.ShowsShares
                ? (ChartValueFormat.PercentTenths, series.Points.Select(p => Tenths(p.Displayed(true))),
                    text.Text(TrendsTexts.ShareAxis), text.Text(TrendsTexts.ShareTitle, ("figure", label)))
                : (ChartValueFormat.Count, series.Points.Select(p => p.Count), text.Text(series.First.Figure.Unit == Indicators.Figures.FigureUnit.Staff ? SharedTexts.Staff : SharedTexts.NumberOfMocrs), label);
        var years = series.Years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToImmutableArray();
        ImmutableArray<ChartSeries> data = [new ChartSeries(label, [.. values])];
        var breaks = series.Breaks.Select(y => new ChartBreak(series.Years.IndexOf(y), notes[y])).ToImmutableArray();
        var spec = new ChartSpec(Id(series), text.Edition.Language, ChartKind.Line, title, "", text.Text(SharedTexts.TrendsYear), axis, years, data, numbers)
        {
            ValueFormat = format,
            Breaks = breaks,
        };
        var description = ChartDescription.Of(years, data, i => years[i], (_, v) => ChartValueText.Format(format, numbers, (int)v)) + string.Concat(series.Breaks.Select(y =>
            " " + text.Text(TrendsTexts.BreakMark, ("year", y.ToString(CultureInfo.InvariantCulture)), ("number", notes[y]))));
        return (DrawnChart.Of(spec with { Description = description }), Table(series, text, years));
    }

    /// <summary>A number as the page prints it (one decimal), in the tenths the chart draws: the line goes through the labels.</summary>
    private static int Tenths(decimal displayed) => (int)(displayed * 10);

    /// <summary>"trend-tasks-performed-coordination": a chart id from the figure's key.</summary>
    public static string Id(TrendSeries series) =>
        "trend-" + new string([.. series.Key.Select(c => char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '-')]);

    private static DataTable Table(TrendSeries series, TextCatalog text, ImmutableArray<string> years)
    {
        var numbers = text.Edition.Numbers;
        var withBase = series.First.Kind == HeadlineKind.Count && series.Points.All(p => p.Base is not null);
        List<string> columns = [text.Text(SharedTexts.TrendsYear), text.Text(TrendsTexts.Number)];
        if (withBase) columns.AddRange([text.Text(TrendsTexts.OutOf), text.Text(SharedTexts.Share)]);
        var rows = series.Points.Select((p, i) => new TableRow(years[i], withBase
            ? [numbers.Integer(p.Count), numbers.Integer(p.Base!.Value), p.Share is not null ? FigureFormat.Value(p, true, text.Edition) : "–"]
            : [FigureFormat.Value(p, false, text.Edition)])).ToList();
        return new DataTable(columns, rows, null);
    }
}
