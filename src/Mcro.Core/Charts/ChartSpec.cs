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
}

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
    NumberStyle Numbers);

/// <summary>One series: a legend name and one value per category.</summary>
public sealed record ChartSeries(string Name, ImmutableArray<int> Values);
