namespace Mcro.Charts;

/// <summary>Draws a <see cref="ChartSpec"/> to a standalone, accessible, deterministic SVG document.</summary>
public static class SvgChartRenderer
{
    public static string Render(ChartSpec chart) =>
        throw new NotImplementedException("being written in the charts branch");
}
