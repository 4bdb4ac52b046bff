using System.Globalization;
using System.Xml.Linq;
using Mcro.Charts;
using SkiaSharp;

namespace Mcro.Tests.Charts;

/// <summary>Each text line is written at its anchor with its baseline placed from the chart font's ascent and descent.</summary>
public sealed class TextPlacementTests
{
    // (anchor, baseline) as their enum values: Start/Middle/End, Top/Middle/Bottom.
    [Theory]
    [InlineData(0, 0, ChartTheme.LabelSize, false)]
    [InlineData(1, 1, ChartTheme.ValueSize, true)]
    [InlineData(2, 1, ChartTheme.TickSize, false)]
    [InlineData(1, 2, ChartTheme.ValueSize, true)]
    [InlineData(0, 0, ChartTheme.TitleSize, true)]
    public void The_line_box_from_ascent_to_descent_has_the_named_edge_at_the_items_y(int anchorValue, int baselineValue, float size, bool bold)
    {
        var anchor = (TextAnchor)anchorValue;
        var baseline = (TextBaseline)baselineValue;
        var item = new TextItem("Vlerësimi đ Љ 1.037", 120.5f, 40.25f, anchor, baseline, size, bold, ChartPalette.Ink);
        using var font = new SKFont(bold ? ChartFonts.Bold : ChartFonts.Regular, size);
        float top = -font.Metrics.Ascent, bottom = font.Metrics.Descent;

        XElement text = SvgElements.Text(item);

        double y = Number(text, "y");
        double expected = baseline switch
        {
            TextBaseline.Top => item.Y + top,
            TextBaseline.Middle => item.Y + ((top - bottom) / 2),
            _ => item.Y - bottom,
        };
        Assert.InRange(y - expected, -0.006, 0.006);
        Assert.Equal(item.X, Number(text, "x"), 2);
        Assert.Equal(anchor switch { TextAnchor.Start => null, TextAnchor.Middle => "middle", _ => "end" }, (string?)text.Attribute("text-anchor"));
        Assert.Equal(bold ? "bold" : null, (string?)text.Attribute("font-weight"));
    }

    [Fact]
    public void A_turned_label_turns_about_its_anchor_with_the_baseline_offset_in_its_own_frame()
    {
        var item = new TextItem("Crnogorci", 200, 300, TextAnchor.End, TextBaseline.Top, ChartTheme.LabelSize, false, ChartPalette.Ink, -45);

        XElement text = SvgElements.Text(item);

        Assert.Equal("translate(200 300) rotate(-45)", (string?)text.Attribute("transform"));
        Assert.Equal(0, Number(text, "x"));
        Assert.Equal(TextMeasure.BaselineOffset(TextBaseline.Top, ChartTheme.LabelSize, false), Number(text, "y"), 2);
    }

    [Fact]
    public void Widths_are_the_fonts_advances_unhinted_at_fractional_pixels()
    {
        // Noto Sans advances: "0" is 572 units of 1000, so browsers set "00" 1.144 em wide.
        Assert.Equal(1.144 * 15, TextMeasure.Width("00", 15), 3);
        Assert.True(TextMeasure.Width("Aškalije", 15, bold: true) > TextMeasure.Width("Aškalije", 15));
    }

    private static double Number(XElement element, string name) =>
        double.Parse((string)element.Attribute(name)!, CultureInfo.InvariantCulture);
}
