namespace Mcro.Charts;

/// <summary>The top of every chart: the visible title (standalone files only) and the legend when there are several series.</summary>
/// <remarks>Each is laid out from y = 0: the legend heads the drawing both forms share, the title goes above it in the file only.</remarks>
internal static class ChartHeader
{
    private const float SwatchGap = 6;
    private const float ItemGap = 18;

    /// <summary>Lays out the title from y = 0 and returns its height with the gap below it; 0 when there is no title.</summary>
    public static float DrawTitle(ChartCanvas canvas, ChartSpec chart) =>
        chart.Title.Length > 0 ? canvas.AddWrapped(chart.Title, ChartTheme.Title, 0, 0, TextAnchor.Start, canvas.Width) + ChartTheme.BlockGap : 0;

    /// <summary>Lays out the legend from y = 0 (when there are several series) and returns where the plot starts.</summary>
    public static float DrawLegend(ChartCanvas canvas, ChartSpec chart) =>
        chart.Series.Length > 1 ? LegendRows(canvas, chart) + ChartTheme.BlockGap : 0;

    // Swatch and name side by side, wrapping to a new row when the next item would pass the right edge.
    private static float LegendRows(ChartCanvas canvas, ChartSpec chart)
    {
        float x = 0, y = 0;
        for (int s = 0; s < chart.Series.Length; s++)
        {
            string name = chart.Series[s].Name;
            float width = ChartTheme.LegendSwatch + SwatchGap + ChartTheme.Legend.Width(name);
            if (x > 0 && x + width > canvas.Width)
            {
                x = 0;
                y += ChartTheme.LegendLineHeight;
            }
            float middle = y + (ChartTheme.LegendLineHeight / 2);
            canvas.Add(new BoxItem(x, middle - (ChartTheme.LegendSwatch / 2), ChartTheme.LegendSwatch, ChartTheme.LegendSwatch, ChartPalette.Fill(s)));
            canvas.Add(ChartTheme.Legend.Line(name, x + ChartTheme.LegendSwatch + SwatchGap, middle, TextAnchor.Start, TextBaseline.Middle));
            x += width + ItemGap;
        }
        return y + ChartTheme.LegendLineHeight;
    }
}
