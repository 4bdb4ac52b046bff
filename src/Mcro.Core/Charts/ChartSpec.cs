using System.Collections.Immutable;
using Mcro.Localization;

namespace Mcro.Charts;

/// <summary>The shape of a chart: bars per category, one value per series (women/men, yes/no, …).</summary>
public enum ChartKind
{
    /// <summary>Vertical bars, one series or several side by side.</summary>
    Columns,

    /// <summary>Vertical bars with the series stacked (e.g. women and men per community).</summary>
    StackedColumns,

    /// <summary>Horizontal bars, for long category labels (e.g. the core tasks).</summary>
    Bars,

    /// <summary>Horizontal bars with the series stacked (e.g. performed / not performed / excluded per task).</summary>
    StackedBars,

    /// <summary>A line over time, one point per category (the years), with the series' breaks marked.</summary>
    Line,
}

/// <summary>What a chart's whole-number values stand for, and how they are written.</summary>
public enum ChartValueFormat
{
    /// <summary>Counts: 35.</summary>
    Count,

    /// <summary>Tenths of a percent, on an axis from 0 to 100 %: 857 is "85.7%".</summary>
    PercentTenths,

    /// <summary>Tenths: 54 is "5.4" (a mean).</summary>
    Tenths,
}

/// <summary>A break in a series before category <paramref name="Category"/>, marked with <paramref name="Mark"/> (its note's number).</summary>
public sealed record ChartBreak(int Category, string Mark);

/// <summary>
/// Everything needed to draw one chart, already localized: the renderer knows nothing of the domain.
/// </summary>
/// <param name="Id">File name stem, e.g. "work-plans" (charts/work-plans.svg).</param>
/// <param name="Language">BCP 47 tag of the edition (sq, sr, sr-Cyrl, en).</param>
/// <param name="Description">One or two sentences a screen reader reads for the chart.</param>
public sealed record ChartSpec(
    string Id,
    string Language,
    ChartKind Kind,
    string Title,
    string Description,
    string CategoryAxisLabel,
    string ValueAxisLabel,
    ImmutableArray<string> Categories,
    ImmutableArray<ChartSeries> Series,
    NumberStyle Numbers)
{
    public ChartValueFormat ValueFormat { get; init; } = ChartValueFormat.Count;

    /// <summary>Where the series breaks (line charts): the figures before and after are not counted out of the same offices.</summary>
    public ImmutableArray<ChartBreak> Breaks { get; init; } = [];

    /// <summary>The value the axis reaches at least (column charts): 8 for "core tasks performed", so 3 never looks full; 0: the largest bar.</summary>
    public int AxisAtLeast { get; init; }
}

/// <summary>One series: a legend name and one value per category.</summary>
public sealed record ChartSeries(string Name, ImmutableArray<int> Values);
