using Mcro.Charts;

namespace Mcro.Tests.Charts;

/// <summary>Colours readable by everyone (WCAG contrast) and round axis ticks; the font the site must serve.</summary>
public sealed class ChartStyleTests
{
    [Fact]
    public void Every_series_fill_stands_out_from_the_background_as_a_graphical_object() =>
        Assert.All(ChartPalette.SeriesFills, fill => Assert.True(ChartPalette.ContrastRatio(fill, ChartPalette.Background) >= 3, fill));

    [Fact]
    public void Value_labels_inside_bars_reach_text_contrast() =>
        Assert.All(ChartPalette.SeriesFills, fill => Assert.True(ChartPalette.ContrastRatio(fill, ChartPalette.TextOn(fill)) >= 4.5, fill));

    [Theory]
    [InlineData(ChartPalette.Ink)]
    [InlineData(ChartPalette.SecondaryInk)]
    public void Text_on_the_background_reaches_text_contrast(string color) =>
        Assert.True(ChartPalette.ContrastRatio(color, ChartPalette.Background) >= 4.5);

    [Fact]
    public void Series_keep_their_colour_by_position_performed_blue_not_performed_vermilion_excluded_grey() =>
        Assert.Equal(["#0072B2", "#D55E00", "#8C8C8C"], Enumerable.Range(0, 3).Select(ChartPalette.Fill));

    [Theory]
    [InlineData(0, new[] { 0, 1 })]
    [InlineData(3, new[] { 0, 1, 2, 3 })]
    [InlineData(8, new[] { 0, 2, 4, 6, 8 })]
    [InlineData(35, new[] { 0, 10, 20, 30, 40 })]
    [InlineData(61, new[] { 0, 20, 40, 60, 80 })]
    [InlineData(1037, new[] { 0, 500, 1000, 1500 })]
    public void Count_axis_ticks_are_round_and_reach_the_largest_value(int largest, int[] expected) =>
        Assert.Equal(expected, ValueTicks.For(largest));

    [Fact]
    public void Web_fonts_are_woff2_files_with_their_css()
    {
        Assert.Equal([400, 700], ChartFonts.WebFontFiles.Select(f => f.Weight));
        Assert.All(ChartFonts.WebFontFiles, f => Assert.Equal("wOF2"u8.ToArray(), f.Content[..4].ToArray()));
        string css = ChartFonts.FontFaceCss("/fonts/");
        Assert.Contains("font-family:'Noto Sans';font-style:normal;font-weight:700", css, StringComparison.Ordinal);
        Assert.Contains("url('/fonts/NotoSans-Bold.woff2') format('woff2')", css, StringComparison.Ordinal);
        Assert.Contains("SIL OPEN FONT LICENSE Version 1.1", ChartFonts.LicenceText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x');}body{color:red")]
    [InlineData("../fonts dir/")]
    [InlineData("</style>")]
    public void A_font_url_that_could_break_out_of_the_css_is_refused(string url) =>
        Assert.Throws<ArgumentException>(() => ChartFonts.FontFaceCss(url));

    [Fact]
    public void Chart_font_holds_every_letter_of_the_editions()
    {
        const string letters = "ëËçÇšŠđĐčČćĆžŽşŞșțабвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ–—„“”’…";

        Assert.All(letters, c => Assert.True(ChartFonts.Regular.ContainsGlyph(c) && ChartFonts.Bold.ContainsGlyph(c), $"'{c}' has no glyph"));
    }
}
