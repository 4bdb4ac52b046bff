namespace Mcro.Charts;

/// <summary>The top of every chart: the visible title (standalone files only) and the legend when there are several series.</summary>
internal static class ChartHeader
{
    /// <summary>Lays out the header from y = 0 and returns where the chart body starts.</summary>
    public static float Draw(ChartCanvas canvas, PreparedChart chart, bool showTitle)
    {
        float y = 0;
        if (showTitle && chart.Title.Length > 0)
        {
            foreach (string line in TextMeasure.Wrap(chart.Title, ChartTheme.TitleSize, canvas.Width, bold: true))
            {
                canvas.Add(new TextItem(line, 0, y, TextAnchor.Start, TextBaseline.Top, ChartTheme.TitleSize, true, ChartPalette.Ink));
                y += ChartTheme.TitleLineHeight;
            }
            y += ChartTheme.BlockGap;
        }

        if (chart.SeriesNames.Length > 1)
        {
            y = DrawLegend(canvas, chart, y) + ChartTheme.BlockGap;
        }
        return y;
    }

    private static float DrawLegend(ChartCanvas canvas, PreparedChart chart, float top)
    {
        const float swatchGap = 6, itemGap = 18;
        float x = 0, y = top;
        for (int s = 0; s < chart.SeriesNames.Length; s++)
        {
            string name = chart.SeriesNames[s];
            float width = ChartTheme.LegendSwatch + swatchGap + TextMeasure.Width(name, ChartTheme.LegendSize);
            if (x > 0 && x + width > canvas.Width)
            {
                x = 0;
                y += ChartTheme.LegendLineHeight;
            }
            float middle = y + (ChartTheme.LegendLineHeight / 2);
            canvas.Add(new BoxItem(x, middle - (ChartTheme.LegendSwatch / 2), ChartTheme.LegendSwatch, ChartTheme.LegendSwatch, ChartPalette.Fill(s)));
            canvas.Add(new TextItem(name, x + ChartTheme.LegendSwatch + swatchGap, middle, TextAnchor.Start, TextBaseline.Middle,
                ChartTheme.LegendSize, false, ChartPalette.Ink));
            x += width + itemGap;
        }
        return y + ChartTheme.LegendLineHeight;
    }
}
