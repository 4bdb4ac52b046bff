namespace Mcro.Charts;

/// <summary>
/// A line over the years (<see cref="ChartKind.Line"/>): one point per year on a value axis with a light grid, a dashed
/// rule and a numbered mark where the series breaks, the segment across a break dashed too. Year labels are thinned to
/// every k-th (the last always shown) and values are written at each point only where there is room; the description
/// and the data table hold every value.
/// </summary>
internal static class LineChartLayout
{
    private const float TickGap = 8;
    private const float LabelGap = 6;
    private const float PointRadius = 3.5f;
    private const float LineWidth = 2.5f;
    private const float Dash = 5;
    private const float PlotHeight = 200;

    public static float Draw(ChartCanvas canvas, ChartSpec chart, float top)
    {
        float y = top;
        if (chart.ValueAxisLabel.Length > 0)
            y = canvas.AddWrapped(chart.ValueAxisLabel, ChartTheme.Caption, 0, y, TextAnchor.Start, canvas.Width);

        var ticks = ValueTicks.For(chart.ValueFormat == ChartValueFormat.PercentTenths ? 1000 : Math.Max(1, chart.LargestBar()));
        string[] tickLabels = [.. ticks.Select(chart.Format)];
        float left = tickLabels.Max(ChartTheme.Tick.Width) + TickGap;
        float right = canvas.Width - 8;
        int n = chart.Categories.Length;
        float slot = n > 0 ? (right - left) / n : 0;
        float X(int c) => left + (slot * (c + 0.5f));

        // Room above the plot for the marks of breaks, and for a value over the highest point.
        float plotTop = y + ChartTheme.ValueSize + 12;
        float baseline = plotTop + PlotHeight;
        var scale = new ValueScale(PlotHeight / ticks[^1]);
        float Y(int value) => baseline - scale.Length(value);

        for (int i = 0; i < ticks.Count; i++)
        {
            float ty = baseline - scale.Length(ticks[i]);
            if (i > 0) canvas.Add(new LineItem(left, ty, right, ty, ChartPalette.GridLine, 1));
            canvas.Add(ChartTheme.Tick.Line(tickLabels[i], left - TickGap, ty, TextAnchor.End, TextBaseline.Middle));
        }
        canvas.Add(new LineItem(left, baseline, right, baseline, ChartPalette.Baseline, 1));

        var breaks = chart.Breaks.ToDictionary(b => b.Category);
        foreach (var mark in chart.Breaks)
        {
            float bx = left + (slot * mark.Category);
            canvas.Add(new LineItem(bx, plotTop - 4, bx, baseline, ChartPalette.SecondaryInk, 1) { Dash = 3 });
            canvas.Add(ChartTheme.Value.Line(mark.Mark, bx, plotTop - 6, TextAnchor.Middle, TextBaseline.Bottom) with { Color = ChartPalette.SecondaryInk });
        }

        bool valuesFit = chart.Series.SelectMany(s => s.Values).Select(v => ValueLabels.Width(chart, v)).DefaultIfEmpty(0).Max() + 4 <= slot;
        for (int s = 0; s < chart.Series.Length; s++)
        {
            string color = ChartPalette.Fill(s);
            for (int c = 1; c < n; c++)
                canvas.Add(new LineItem(X(c - 1), Y(chart.Value(s, c - 1)), X(c), Y(chart.Value(s, c)), color, LineWidth) { Dash = breaks.ContainsKey(c) ? Dash : 0 });
            for (int c = 0; c < n; c++)
            {
                canvas.Add(new DotItem(X(c), Y(chart.Value(s, c)), PointRadius, color));
                if (valuesFit || c == n - 1 || c == 0)
                    canvas.Add(ValueLabels.At(chart, chart.Value(s, c), X(c), Y(chart.Value(s, c)) - PointRadius - 3, TextAnchor.Middle, TextBaseline.Bottom));
            }
        }

        // Years are never grouped ("2019"), and thinned so that none overlaps the next.
        float widest = chart.Categories.Select(ChartTheme.Category.Width).DefaultIfEmpty(0).Max() + 8;
        int every = slot > 0 ? Math.Max(1, (int)MathF.Ceiling(widest / slot)) : 1;
        y = baseline + LabelGap;
        for (int c = 0; c < n; c++)
        {
            if ((n - 1 - c) % every != 0) continue;
            canvas.Add(new LineItem(X(c), baseline, X(c), baseline + 4, ChartPalette.Baseline, 1));
            canvas.Add(ChartTheme.Category.Line(chart.Categories[c], X(c), y, TextAnchor.Middle, TextBaseline.Top));
        }
        y += ChartTheme.LabelLineHeight;
        if (chart.CategoryAxisLabel.Length > 0)
            y = canvas.AddWrapped(chart.CategoryAxisLabel, ChartTheme.Caption, (left + right) / 2, y + 4, TextAnchor.Middle, right - left);
        return y;
    }
}
