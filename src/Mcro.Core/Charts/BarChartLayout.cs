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
    public static float Draw(ChartCanvas canvas, PreparedChart chart, float top)
    {
        float y = top;
        if (chart.CategoryAxisLabel.Length > 0)
            y = Captions(canvas, chart.CategoryAxisLabel, y) + LabelToBar;

        float valueRoom = ValueLabelRoom(chart);
        float pixelsPerUnit = (canvas.Width - valueRoom) / Math.Max(1, chart.LargestBar());
        for (int c = 0; c < chart.Categories.Length; c++)
        {
            foreach (string line in TextMeasure.Wrap(chart.Categories[c], ChartTheme.LabelSize, canvas.Width))
            {
                canvas.Add(new TextItem(line, 0, y, TextAnchor.Start, TextBaseline.Top, ChartTheme.LabelSize, false, ChartPalette.Ink));
                y += ChartTheme.LabelLineHeight;
            }
            y += LabelToBar;
            y = chart.Stacked
                ? DrawStack(canvas, chart, c, y, pixelsPerUnit)
                : DrawGroup(canvas, chart, c, y, pixelsPerUnit);
            y += CategoryGap;
        }

        if (chart.ValueAxisLabel.Length > 0)
            y = Captions(canvas, chart.ValueAxisLabel, y);
        return y;
    }

    private static float DrawGroup(ChartCanvas canvas, PreparedChart chart, int c, float y, float pixelsPerUnit)
    {
        float thickness = chart.SeriesNames.Length > 1 ? ChartTheme.GroupedBarThickness : ChartTheme.BarThickness;
        for (int s = 0; s < chart.SeriesNames.Length; s++)
        {
            int value = chart.Value(s, c);
            float length = Visible(value, pixelsPerUnit);
            canvas.Add(new BoxItem(0, y, length, thickness, ChartPalette.Fill(s)));
            canvas.Add(ValueLabel(chart, value, length + ChartTheme.LabelGap, y + (thickness / 2), TextAnchor.Start, ChartPalette.Ink));
            y += thickness + SeriesGap;
        }
        return y - SeriesGap;
    }

    private static float DrawStack(ChartCanvas canvas, PreparedChart chart, int c, float y, float pixelsPerUnit)
    {
        float thickness = ChartTheme.BarThickness, middle = y + (thickness / 2), x = 0;
        int lastSegment = Enumerable.Range(0, chart.SeriesNames.Length).LastOrDefault(s => chart.Value(s, c) > 0, -1);
        for (int s = 0; s < chart.SeriesNames.Length; s++)
        {
            int value = chart.Value(s, c);
            if (value == 0)
                continue;
            float length = value * pixelsPerUnit;
            string fill = ChartPalette.Fill(s);
            // A thin white gap keeps neighbouring segments apart for readers who cannot tell their colours apart.
            canvas.Add(new BoxItem(x, y, Math.Max(0, length - (s == lastSegment ? 0 : 1)), thickness, fill));
            string label = chart.Numbers.Integer(value);
            if (TextMeasure.Width(label, ChartTheme.ValueSize, bold: true) + (2 * ChartTheme.LabelGap) <= length)
                canvas.Add(ValueLabel(chart, value, x + (length / 2), middle, TextAnchor.Middle, ChartPalette.TextOn(fill)));
            else if (s == lastSegment)
                canvas.Add(ValueLabel(chart, value, x + length + ChartTheme.LabelGap, middle, TextAnchor.Start, ChartPalette.Ink));
            x += length;
        }
        if (lastSegment < 0)
            canvas.Add(ValueLabel(chart, 0, ChartTheme.LabelGap, middle, TextAnchor.Start, ChartPalette.Ink));
        return y + thickness;
    }

    /// <summary>A bar's length; a count above zero never shrinks below a visible sliver.</summary>
    internal static float Visible(int value, float pixelsPerUnit) => value == 0 ? 0 : Math.Max(MinimumBar, value * pixelsPerUnit);

    private const float MinimumBar = 2;

    // Room at the right for the longest label written after a bar's end.
    private static float ValueLabelRoom(PreparedChart chart)
    {
        float widest = 0;
        foreach (int value in chart.Values.SelectMany(v => v))
            widest = Math.Max(widest, TextMeasure.Width(chart.Numbers.Integer(value), ChartTheme.ValueSize, bold: true));
        return widest + (2 * ChartTheme.LabelGap);
    }

    private static TextItem ValueLabel(PreparedChart chart, int value, float x, float middle, TextAnchor anchor, string color) =>
        new(chart.Numbers.Integer(value), x, middle, anchor, TextBaseline.Middle, ChartTheme.ValueSize, true, color);

    private static float Captions(ChartCanvas canvas, string text, float y)
    {
        foreach (string line in TextMeasure.Wrap(text, ChartTheme.CaptionSize, canvas.Width))
        {
            canvas.Add(new TextItem(line, 0, y, TextAnchor.Start, TextBaseline.Top, ChartTheme.CaptionSize, false, ChartPalette.SecondaryInk));
            y += ChartTheme.CaptionLineHeight;
        }
        return y;
    }
}
