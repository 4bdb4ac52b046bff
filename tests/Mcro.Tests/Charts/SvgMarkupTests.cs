using System.Xml.Linq;
using Mcro.Charts;

namespace Mcro.Tests.Charts;

/// <summary>The SVG is well-formed, accessible, escaped and safe to inline in a page beside other charts.</summary>
public sealed class SvgMarkupTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static TheoryData<string> HostileTexts => ["<script>alert(1)</script>", "Tom & Jerry", "]]> <![CDATA[x", "\"quoted\" and 'single'", "</svg><p>"];

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Every_text_is_escaped_and_reads_back_unchanged(string hostile)
    {
        ChartSpec spec = ChartFixtures.GenderSerbian() with
        {
            Title = hostile,
            Description = hostile,
            CategoryAxisLabel = hostile,
            ValueAxisLabel = hostile,
            Categories = ["Albanci", hostile],
            Series = [ChartFixtures.Series(hostile, 3, 4), ChartFixtures.Series("Muškarci", 1, 2)],
        };

        foreach (string svg in new[] { SvgChartRenderer.Render(spec), SvgChartRenderer.RenderInline(spec) })
        {
            XElement root = XElement.Parse(svg);
            Assert.Equal(hostile, root.Element(Svg + "title")!.Value);
            Assert.Equal(hostile, root.Element(Svg + "desc")!.Value);
            Assert.Contains(root.Descendants(Svg + "text"), t => t.Value == hostile);
            Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<p>", svg, StringComparison.Ordinal);
            Assert.Equal(1, CountOccurrences(svg, "</svg>"));
        }
    }

    [Fact]
    public void Root_is_an_image_named_by_its_title_and_described_by_its_desc()
    {
        XElement root = XElement.Parse(SvgChartRenderer.Render(ChartFixtures.TasksAlbanian()));

        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal("core-tasks-title", (string?)root.Attribute("aria-labelledby"));
        Assert.Equal("core-tasks-desc", (string?)root.Attribute("aria-describedby"));
        XElement[] first = [.. root.Elements().Take(2)];
        Assert.Equal([Svg + "title", Svg + "desc"], first.Select(e => e.Name));
        Assert.Equal("core-tasks-title", (string?)first[0].Attribute("id"));
        Assert.Equal("core-tasks-desc", (string?)first[1].Attribute("id"));
        Assert.Equal("Numri i ZKKK-ve që kryejnë secilën detyrë thelbësore", first[0].Value);
    }

    [Fact]
    public void Standalone_file_declares_xml_lang_and_its_fonts_inline_element_declares_lang_only()
    {
        XElement standalone = XElement.Parse(SvgChartRenderer.Render(ChartFixtures.WorkPlansCyrillic(), "fonts/"));
        XElement inline = XElement.Parse(SvgChartRenderer.RenderInline(ChartFixtures.WorkPlansCyrillic()));

        Assert.Equal("sr-Cyrl", (string?)standalone.Attribute(XNamespace.Xml + "lang"));
        Assert.Contains("url('fonts/NotoSans-Regular.woff2')", standalone.Element(Svg + "style")!.Value, StringComparison.Ordinal);
        Assert.Equal("sr-Cyrl", (string?)inline.Attribute("lang"));
        Assert.Null(inline.Element(Svg + "style"));
        Assert.DoesNotContain("<?xml", SvgChartRenderer.RenderInline(ChartFixtures.WorkPlansCyrillic()), StringComparison.Ordinal);
    }

    [Fact]
    public void Standalone_file_shows_the_title_and_inline_element_leaves_it_to_the_page()
    {
        ChartSpec spec = ChartFixtures.StaffEnglish();

        Assert.Contains(XElement.Parse(SvgChartRenderer.Render(spec)).Descendants(Svg + "text"), t => t.Value == spec.Title);
        Assert.DoesNotContain(XElement.Parse(SvgChartRenderer.RenderInline(spec)).Descendants(Svg + "text"), t => t.Value == spec.Title);
    }

    [Fact]
    public void Every_id_is_prefixed_with_the_chart_id_so_charts_can_share_a_page()
    {
        ChartSpec[] charts = [ChartFixtures.TasksAlbanian(), ChartFixtures.GenderSerbian(), ChartFixtures.WorkPlansCyrillic(), ChartFixtures.StaffEnglish()];
        var seen = new HashSet<string>();
        foreach (ChartSpec chart in charts)
        {
            XElement root = XElement.Parse(SvgChartRenderer.RenderInline(chart));
            foreach (string id in root.DescendantsAndSelf().Select(e => (string?)e.Attribute("id")).OfType<string>())
            {
                Assert.StartsWith(chart.Id + "-", id, StringComparison.Ordinal);
                Assert.True(seen.Add(id), $"id {id} appears twice");
            }
            foreach (string reference in new[] { (string)root.Attribute("aria-labelledby")!, (string)root.Attribute("aria-describedby")! })
                Assert.Contains(root.Descendants(), e => (string?)e.Attribute("id") == reference);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("1st")]
    [InlineData("work plans")]
    [InlineData("a\"b")]
    public void A_chart_id_that_cannot_prefix_svg_ids_is_a_programming_error(string id) =>
        Assert.Throws<ArgumentException>(() => SvgChartRenderer.Render(ChartFixtures.StaffEnglish() with { Id = id }));

    [Fact]
    public void A_series_with_the_wrong_number_of_values_is_a_programming_error() =>
        Assert.Throws<ArgumentException>(() => SvgChartRenderer.Render(
            ChartFixtures.StaffEnglish().With(["A", "B"], ChartFixtures.Series("x", 1))));

    [Fact]
    public void Every_text_uses_the_chart_font_declared_once_on_the_root()
    {
        XElement root = XElement.Parse(SvgChartRenderer.Render(ChartFixtures.GenderSerbian()));

        Assert.Equal(ChartFonts.CssFontFamily, (string?)root.Attribute("font-family"));
        Assert.All(root.Descendants().Where(e => e != root), e => Assert.Null(e.Attribute("font-family")));
    }

    private static int CountOccurrences(string text, string value) =>
        (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;
}
