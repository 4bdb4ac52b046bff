using Mcro.Charts;

namespace Mcro.Producers.Figures;

/// <summary>A chart, laid out, and how its data table reads: a share column for parts of one whole, totals where they add up.</summary>
public sealed record FigureChart(DrawnChart Chart, bool ShareColumn, bool TotalColumn, bool TotalRow)
{
    public ChartSpec Spec => Chart.Spec;
}
