namespace Mcro.Charts;

/// <summary>
/// Sizes in SVG user units (CSS pixels at 100 %). The page scales a chart to its column with width:100%, so a phone
/// shows it at about 0.7: text stays at 10 px or more there.
/// </summary>
internal static class ChartTheme
{
    public const float Width = 480;

    public const float TitleSize = 17;
    public const float TitleLineHeight = 23;
    public const float LabelSize = 15;
    public const float LabelLineHeight = 20;
    public const float ValueSize = 14;
    public const float TickSize = 13;
    public const float CaptionSize = 13;
    public const float CaptionLineHeight = 18;
    public const float LegendSize = 14;
    public const float LegendLineHeight = 22;
    public const float LegendSwatch = 12;

    /// <summary>Space between blocks (title, legend, plot, captions).</summary>
    public const float BlockGap = 12;

    /// <summary>Thickness of one horizontal bar; a group of several series shares a category's slot.</summary>
    public const float BarThickness = 24;
    public const float GroupedBarThickness = 18;

    /// <summary>Gap between a value label and the end of its bar, or inside a segment's edges.</summary>
    public const float LabelGap = 5;

    /// <summary>A thin white gap between stacked segments keeps them apart for readers who cannot tell their colours apart.</summary>
    public const float SegmentGap = 1;

    /// <summary>Share of a column slot filled by the bars, the rest separates categories.</summary>
    public const float ColumnFill = 0.7f;

    /// <summary>Height of the column plot area, where the tallest column reaches (value labels sit above it).</summary>
    public const float ColumnPlotHeight = 220;

    // The kinds of text a chart sets; a line height matters only where the text wraps (titles, labels, captions).
    public static readonly TextStyle Title = new(TitleSize, TitleLineHeight, true, ChartPalette.Ink);
    public static readonly TextStyle Category = new(LabelSize, LabelLineHeight, false, ChartPalette.Ink);
    public static readonly TextStyle Caption = new(CaptionSize, CaptionLineHeight, false, ChartPalette.SecondaryInk);
    public static readonly TextStyle Value = new(ValueSize, LabelLineHeight, true, ChartPalette.Ink);
    public static readonly TextStyle Tick = new(TickSize, CaptionLineHeight, false, ChartPalette.SecondaryInk);
    public static readonly TextStyle Legend = new(LegendSize, LegendLineHeight, false, ChartPalette.Ink);
}
