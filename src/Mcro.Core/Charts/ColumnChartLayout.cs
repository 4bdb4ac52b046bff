namespace Mcro.Charts;

/// <summary>
/// Vertical columns (<see cref="ChartKind.Columns"/>, <see cref="ChartKind.StackedColumns"/>) on a count axis with a
/// light grid. Category labels wrap under their column; when a word is wider than its column, every label is turned
/// 45° instead, so none is cut or overlaps its neighbour.
/// </summary>
internal static class ColumnChartLayout
{
    private const float TickGap = 8;
    private const float LabelGap = 6;
    private const float MaxBarWidth = 72;
    private const float Sin45 = 0.70710677f;

    /// <summary>Lays out the body from <paramref name="top"/> and returns the figure's height.</summary>
    public static float Draw(ChartCanvas canvas, PreparedChart chart, float top)
    {
        float y = top;
        if (chart.ValueAxisLabel.Length > 0)
            y = Captions(canvas, chart.ValueAxisLabel, 0, y, TextAnchor.Start, canvas.Width);

        IReadOnlyList<int> ticks = ValueTicks.For(chart.LargestBar());
        string[] tickLabels = [.. ticks.Select(t => chart.Numbers.Integer(t))];
        float left = tickLabels.Max(t => TextMeasure.Width(t, ChartTheme.TickSize)) + TickGap;
        float right = canvas.Width - 2;
        int n = chart.Categories.Length;
        bool turned = n > 0 && LabelsNeedTurning(chart, (right - left) / n);
        if (turned)
            left = Math.Max(left, (TextMeasure.Width(chart.Categories[0], ChartTheme.LabelSize) * Sin45) - ((right - left) / n / 2) + 2);
        float slot = n > 0 ? (right - left) / n : 0;

        float plotTop = y + ChartTheme.ValueSize + 8;
        float baseline = plotTop + ChartTheme.ColumnPlotHeight;
        float pixelsPerUnit = ChartTheme.ColumnPlotHeight / ticks[^1];

        for (int i = 0; i < ticks.Count; i++)
        {
            float ty = baseline - (ticks[i] * pixelsPerUnit);
            if (i > 0)
                canvas.Add(new LineItem(left, ty, right, ty, ChartPalette.GridLine, 1));
            canvas.Add(new TextItem(tickLabels[i], left - TickGap, ty, TextAnchor.End, TextBaseline.Middle, ChartTheme.TickSize, false, ChartPalette.SecondaryInk));
        }

        for (int c = 0; c < n; c++)
        {
            float center = left + (slot * (c + 0.5f));
            if (chart.Stacked)
                DrawStack(canvas, chart, c, center, Math.Min(slot * ChartTheme.ColumnFill, MaxBarWidth), baseline, pixelsPerUnit);
            else
                DrawGroup(canvas, chart, c, center, Math.Min(slot * ChartTheme.ColumnFill, MaxBarWidth * chart.SeriesNames.Length), baseline, pixelsPerUnit);
        }
        canvas.Add(new LineItem(left, baseline, right, baseline, ChartPalette.Baseline, 1));

        y = baseline + LabelGap;
        float labelsBottom = y;
        for (int c = 0; c < n; c++)
        {
            float center = left + (slot * (c + 0.5f));
            labelsBottom = Math.Max(labelsBottom, turned
                ? TurnedLabel(canvas, chart.Categories[c], center, y)
                : Captions(canvas, chart.Categories[c], center, y, TextAnchor.Middle, slot - 4, ChartTheme.LabelSize, ChartTheme.LabelLineHeight, ChartPalette.Ink));
        }
        y = labelsBottom;

        if (chart.CategoryAxisLabel.Length > 0)
            y = Captions(canvas, chart.CategoryAxisLabel, (left + right) / 2, y + 4, TextAnchor.Middle, right - left);
        return y;
    }

    private static void DrawGroup(ChartCanvas canvas, PreparedChart chart, int c, float center, float groupWidth, float baseline, float pixelsPerUnit)
    {
        int count = chart.SeriesNames.Length;
        float width = groupWidth / Math.Max(1, count);
        for (int s = 0; s < count; s++)
        {
            int value = chart.Value(s, c);
            float x = center - (groupWidth / 2) + (s * width), height = BarChartLayout.Visible(value, pixelsPerUnit);
            canvas.Add(new BoxItem(x + (count > 1 ? 1 : 0), baseline - height, width - (count > 1 ? 2 : 0), height, ChartPalette.Fill(s)));
            canvas.Add(new TextItem(chart.Numbers.Integer(value), x + (width / 2), baseline - height - 3, TextAnchor.Middle, TextBaseline.Bottom,
                ChartTheme.ValueSize, true, ChartPalette.Ink));
        }
    }

    private static void DrawStack(ChartCanvas canvas, PreparedChart chart, int c, float center, float width, float baseline, float pixelsPerUnit)
    {
        float y = baseline;
        int total = 0;
        for (int s = 0; s < chart.SeriesNames.Length; s++)
        {
            int value = chart.Value(s, c);
            if (value == 0)
                continue;
            total += value;
            float height = value * pixelsPerUnit;
            string fill = ChartPalette.Fill(s);
            // A thin white gap keeps neighbouring segments apart for readers who cannot tell their colours apart.
            canvas.Add(new BoxItem(center - (width / 2), y - height + 1, width, height - 1, fill));
            string label = chart.Numbers.Integer(value);
            if (height >= ChartTheme.ValueSize + 4 && TextMeasure.Width(label, ChartTheme.ValueSize, bold: true) + 4 <= width)
                canvas.Add(new TextItem(label, center, y - (height / 2), TextAnchor.Middle, TextBaseline.Middle, ChartTheme.ValueSize, true, ChartPalette.TextOn(fill)));
            y -= height;
        }
        canvas.Add(new TextItem(chart.Numbers.Integer(total), center, y - 3, TextAnchor.Middle, TextBaseline.Bottom, ChartTheme.ValueSize, true, ChartPalette.Ink));
    }

    private static bool LabelsNeedTurning(PreparedChart chart, float slot) =>
        chart.Categories.Any(label =>
            label.Split(' ').Any(word => TextMeasure.Width(word, ChartTheme.LabelSize) > slot - 4)
            || TextMeasure.Wrap(label, ChartTheme.LabelSize, slot - 4).Count > 3);

    private static float TurnedLabel(ChartCanvas canvas, string label, float center, float y)
    {
        canvas.Add(new TextItem(label, center, y, TextAnchor.End, TextBaseline.Top, ChartTheme.LabelSize, false, ChartPalette.Ink, -45));
        return y + ((TextMeasure.Width(label, ChartTheme.LabelSize) + ChartTheme.LabelLineHeight) * Sin45);
    }

    /// <summary>Wrapped lines anchored at x from y; returns the y below them.</summary>
    private static float Captions(ChartCanvas canvas, string text, float x, float y, TextAnchor anchor, float width,
        float size = ChartTheme.CaptionSize, float lineHeight = ChartTheme.CaptionLineHeight, string color = ChartPalette.SecondaryInk)
    {
        foreach (string line in TextMeasure.Wrap(text, size, width))
        {
            canvas.Add(new TextItem(line, x, y, anchor, TextBaseline.Top, size, false, color));
            y += lineHeight;
        }
        return y;
    }
}
