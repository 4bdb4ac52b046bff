namespace Mcro.Charts;

/// <summary>The figures written on a chart, in the edition's number style: beside a bar, above a column or inside a segment.</summary>
internal static class ValueLabels
{
    public static string Text(ChartSpec chart, int value) => chart.Format(value);

    public static float Width(ChartSpec chart, int value) => ChartTheme.Value.Width(Text(chart, value));

    /// <summary>A value in ink on the background, anchored at (x, y).</summary>
    public static TextItem At(ChartSpec chart, int value, float x, float y, TextAnchor anchor, TextBaseline baseline) =>
        ChartTheme.Value.Line(Text(chart, value), x, y, anchor, baseline);

    /// <summary>
    /// A segment's value centred on (x, y) in the colour that reads on its fill, or null when it would not fit in
    /// <paramref name="room"/> with <paramref name="padding"/> on each side (a narrow segment stays unlabelled rather
    /// than spill over its neighbour).
    /// </summary>
    public static TextItem? Inside(ChartSpec chart, int value, float x, float y, float room, float padding, string fill) =>
        Width(chart, value) + (2 * padding) <= room
            ? ChartTheme.Value.Line(Text(chart, value), x, y, TextAnchor.Middle, TextBaseline.Middle) with { Color = ChartPalette.TextOn(fill) }
            : null;

    /// <summary>The widest value of the chart, to keep room for it after the longest bar.</summary>
    public static float Widest(ChartSpec chart) =>
        chart.Series.SelectMany(s => s.Values).Select(v => Width(chart, v)).DefaultIfEmpty(0).Max();
}
