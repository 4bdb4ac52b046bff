namespace Mcro.Charts;

/// <summary>The top of every chart: the visible title (standalone files only) and the legend when there are several series.</summary>
internal static class ChartHeader
{
    private const float SwatchGap = 6;
    private const float ItemGap = 18;

    /// <summary>Lays out the header from y = 0 and returns where the chart body starts.</summary>
    public static float Draw(ChartCanvas canvas, PreparedChart chart, bool showTitle)
    {
        float y = 0;
        if (showTitle && chart.Title.Length > 0)
            y = canvas.AddWrapped(chart.Title, ChartTheme.Title, 0, y, TextAnchor.Start, canvas.Width) + ChartTheme.BlockGap;

        if (chart.SeriesNames.Length > 1)
            y = DrawLegend(canvas, chart, y) + ChartTheme.BlockGap;
        return y;
    }

    // Swatch and name side by side, wrapping to a new row when the next item would pass the right edge.
    private static float DrawLegend(ChartCanvas canvas, PreparedChart chart, float top)
    {
        float x = 0, y = top;
        for (int s = 0; s < chart.SeriesNames.Length; s++)
        {
            string name = chart.SeriesNames[s];
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
