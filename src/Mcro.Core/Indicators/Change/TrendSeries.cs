using System.Collections.Immutable;

namespace Mcro.Indicators.Change;

/// <summary>
/// One headline figure across every year in the data, oldest first, with the years where its series breaks: where it
/// is counted out of other offices than the year before.
/// </summary>
public sealed record TrendSeries(string Key, ImmutableArray<HeadlineFigure> Points, ImmutableArray<int> Years, ImmutableArray<int> Breaks)
{
    /// <summary>Shown as shares of its base when the base changes along the series and the figure has one.</summary>
    public bool ShowsShares => Breaks.Length > 0 && Points.All(p => p.Share is not null);

    public HeadlineFigure First => Points[0];

    /// <summary>Every headline figure's series; a figure missing in some year (a task added) is followed where it exists.</summary>
    public static ImmutableArray<TrendSeries> Of(IReadOnlyDictionary<int, YearIndicators> years)
    {
        var byYear = years.Values.OrderBy(y => y.Year).Select(y => (y.Year, Figures: HeadlineFigures.Of(y))).ToList();
        var keys = byYear.SelectMany(y => y.Figures.Select(f => f.Key)).Distinct(StringComparer.Ordinal).ToList();
        return [.. keys.Select(key =>
        {
            var points = byYear.SelectMany(y => y.Figures.Where(f => f.Key == key).Select(f => (y.Year, Figure: f))).ToList();
            var breaks = points.Skip(1).Where((p, i) => !p.Figure.SameBaseAs(points[i].Figure)).Select(p => p.Year);
            return new TrendSeries(key, [.. points.Select(p => p.Figure)], [.. points.Select(p => p.Year)], [.. breaks]);
        })];
    }
}
