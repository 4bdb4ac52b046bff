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
    private const float ValueGap = 3;
    private const float MaxBarWidth = 72;
    private const float Sin45 = 0.70710677f;

    /// <summary>Lays out the body from <paramref name="top"/> and returns the figure's height.</summary>
    public static float Draw(ChartCanvas canvas, ChartSpec chart, float top)
    {
        float y = top;
        if (chart.ValueAxisLabel.Length > 0)
            y = canvas.AddWrapped(chart.ValueAxisLabel, ChartTheme.Caption, 0, y, TextAnchor.Start, canvas.Width);

        IReadOnlyList<int> ticks = ValueTicks.For(Math.Max(chart.LargestBar(), chart.AxisAtLeast));
        string[] tickLabels = [.. ticks.Select(t => chart.Numbers.Integer(t))];
        float left = tickLabels.Max(ChartTheme.Tick.Width) + TickGap;
        float right = canvas.Width - 2;
        int n = chart.Categories.Length;
        bool turned = n > 0 && LabelsNeedTurning(chart, (right - left) / n);
        if (turned)
            left = Math.Max(left, (ChartTheme.Category.Width(chart.Categories[0]) * Sin45) - ((right - left) / n / 2) + 2);
        float slot = n > 0 ? (right - left) / n : 0;

        float plotTop = y + ChartTheme.ValueSize + 8;
        float baseline = plotTop + ChartTheme.ColumnPlotHeight;
        var scale = new ValueScale(ChartTheme.ColumnPlotHeight / ticks[^1]);

        for (int i = 0; i < ticks.Count; i++)
        {
            float ty = baseline - scale.Length(ticks[i]);
            if (i > 0)
                canvas.Add(new LineItem(left, ty, right, ty, ChartPalette.GridLine, 1));
            canvas.Add(ChartTheme.Tick.Line(tickLabels[i], left - TickGap, ty, TextAnchor.End, TextBaseline.Middle));
        }

        for (int c = 0; c < n; c++)
        {
            float center = left + (slot * (c + 0.5f));
            if (chart.Stacked)
                DrawStack(canvas, chart, c, center, Math.Min(slot * ChartTheme.ColumnFill, MaxBarWidth), baseline, scale);
            else
                DrawGroup(canvas, chart, c, center, Math.Min(slot * ChartTheme.ColumnFill, MaxBarWidth * chart.Series.Length), baseline, scale);
        }
        canvas.Add(new LineItem(left, baseline, right, baseline, ChartPalette.Baseline, 1));

        y = baseline + LabelGap;
        float labelsBottom = y;
        for (int c = 0; c < n; c++)
        {
            float center = left + (slot * (c + 0.5f));
            labelsBottom = Math.Max(labelsBottom, turned
                ? TurnedLabel(canvas, chart.Categories[c], center, y)
                : canvas.AddWrapped(chart.Categories[c], ChartTheme.Category, center, y, TextAnchor.Middle, slot - 4));
        }
        y = labelsBottom;

        if (chart.CategoryAxisLabel.Length > 0)
            y = canvas.AddWrapped(chart.CategoryAxisLabel, ChartTheme.Caption, (left + right) / 2, y + 4, TextAnchor.Middle, right - left);
        return y;
    }

    private static void DrawGroup(ChartCanvas canvas, ChartSpec chart, int c, float center, float groupWidth, float baseline, ValueScale scale)
    {
        int count = chart.Series.Length;
        float width = groupWidth / Math.Max(1, count);
        for (int s = 0; s < count; s++)
        {
            int value = chart.Value(s, c);
            float x = center - (groupWidth / 2) + (s * width), height = scale.Visible(value);
            canvas.Add(new BoxItem(x + (count > 1 ? 1 : 0), baseline - height, width - (count > 1 ? 2 : 0), height, ChartPalette.Fill(s)));
            canvas.Add(ValueLabels.At(chart, value, x + (width / 2), baseline - height - ValueGap, TextAnchor.Middle, TextBaseline.Bottom));
        }
    }

    private static void DrawStack(ChartCanvas canvas, ChartSpec chart, int c, float center, float width, float baseline, ValueScale scale)
    {
        float y = baseline;
        int total = 0;
        for (int s = 0; s < chart.Series.Length; s++)
        {
            int value = chart.Value(s, c);
            if (value == 0)
                continue;
            total += value;
            float height = scale.Length(value);
            string fill = ChartPalette.Fill(s);
            canvas.Add(new BoxItem(center - (width / 2), y - height + ChartTheme.SegmentGap, width, height - ChartTheme.SegmentGap, fill));
            if (height >= ChartTheme.ValueSize + 4 && ValueLabels.Inside(chart, value, center, y - (height / 2), width, 2, fill) is { } inside)
                canvas.Add(inside);
            y -= height;
        }
        canvas.Add(ValueLabels.At(chart, total, center, y - ValueGap, TextAnchor.Middle, TextBaseline.Bottom));
    }

    private static bool LabelsNeedTurning(ChartSpec chart, float slot) =>
        chart.Categories.Any(label =>
            label.Split(' ').Any(word => ChartTheme.Category.Width(word) > slot - 4)
            || ChartTheme.Category.Wrap(label, slot - 4).Count > 3);

    private static float TurnedLabel(ChartCanvas canvas, string label, float center, float y)
    {
        canvas.Add(ChartTheme.Category.Line(label, center, y, TextAnchor.End, TextBaseline.Top, rotation: -45));
        return y + ((ChartTheme.Category.Width(label) + ChartTheme.LabelLineHeight) * Sin45);
    }
}
