namespace Mcro.Charts;

/// <summary>
/// Horizontal bars (<see cref="ChartKind.Bars"/>, <see cref="ChartKind.StackedBars"/>): each category's label is
/// wrapped over the full width above its bar, so long labels such as the core tasks are never cut and the bars keep
/// the whole width even on a phone. Values are written at the bar's end (or inside each stacked segment).
/// </summary>
internal static class BarChartLayout
{
    private const float LabelToBar = 4;
    private const float CategoryGap = 16;
    private const float SeriesGap = 2;

    /// <summary>Lays out the body from <paramref name="top"/> and returns the figure's height.</summary>
    public static float Draw(ChartCanvas canvas, ChartSpec chart, float top)
    {
        float y = top;
        if (chart.CategoryAxisLabel.Length > 0)
            y = canvas.AddWrapped(chart.CategoryAxisLabel, ChartTheme.Caption, 0, y, TextAnchor.Start, canvas.Width) + LabelToBar;

        // Room at the right for the longest label written after a bar's end.
        float valueRoom = ValueLabels.Widest(chart) + (2 * ChartTheme.LabelGap);
        var scale = new ValueScale((canvas.Width - valueRoom) / Math.Max(1, chart.LargestBar()));
        for (int c = 0; c < chart.Categories.Length; c++)
        {
            y = canvas.AddWrapped(chart.Categories[c], ChartTheme.Category, 0, y, TextAnchor.Start, canvas.Width) + LabelToBar;
            y = chart.Stacked
                ? DrawStack(canvas, chart, c, y, scale)
                : DrawGroup(canvas, chart, c, y, scale);
            y += CategoryGap;
        }

        if (chart.ValueAxisLabel.Length > 0)
            y = canvas.AddWrapped(chart.ValueAxisLabel, ChartTheme.Caption, 0, y, TextAnchor.Start, canvas.Width);
        return y;
    }

    private static float DrawGroup(ChartCanvas canvas, ChartSpec chart, int c, float y, ValueScale scale)
    {
        float thickness = chart.Series.Length > 1 ? ChartTheme.GroupedBarThickness : ChartTheme.BarThickness;
        for (int s = 0; s < chart.Series.Length; s++)
        {
            int value = chart.Value(s, c);
            float length = scale.Visible(value);
            canvas.Add(new BoxItem(0, y, length, thickness, ChartPalette.Fill(s)));
            canvas.Add(ValueLabels.At(chart, value, length + ChartTheme.LabelGap, y + (thickness / 2), TextAnchor.Start, TextBaseline.Middle));
            y += thickness + SeriesGap;
        }
        return y - SeriesGap;
    }

    private static float DrawStack(ChartCanvas canvas, ChartSpec chart, int c, float y, ValueScale scale)
    {
        float thickness = ChartTheme.BarThickness, middle = y + (thickness / 2), x = 0;
        int lastSegment = Enumerable.Range(0, chart.Series.Length).LastOrDefault(s => chart.Value(s, c) > 0, -1);
        for (int s = 0; s < chart.Series.Length; s++)
        {
            int value = chart.Value(s, c);
            if (value == 0)
                continue;
            float length = scale.Length(value);
            string fill = ChartPalette.Fill(s);
            canvas.Add(new BoxItem(x, y, Math.Max(0, length - (s == lastSegment ? 0 : ChartTheme.SegmentGap)), thickness, fill));
            if (ValueLabels.Inside(chart, value, x + (length / 2), middle, length, ChartTheme.LabelGap, fill) is { } inside)
                canvas.Add(inside);
            else if (s == lastSegment)
                canvas.Add(ValueLabels.At(chart, value, x + length + ChartTheme.LabelGap, middle, TextAnchor.Start, TextBaseline.Middle));
            x += length;
        }
        if (lastSegment < 0)
            canvas.Add(ValueLabels.At(chart, 0, ChartTheme.LabelGap, middle, TextAnchor.Start, TextBaseline.Middle));
        return y + thickness;
    }
}
