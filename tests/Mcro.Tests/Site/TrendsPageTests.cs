using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Mcro.Localization;
using Mcro.Site;

namespace Mcro.Tests.Site;

/// <summary>The trends page of every edition and the figures of every year in one download, built from the fixture site (2018 with exclusions, 2019 with one more office).</summary>
public partial class TrendsPageTests
{
    private static readonly Lazy<MemorySink> Site = new(() => SiteFixture.Built);

    private static readonly string[] Editions = ["sq", "sr", "sr-Cyrl", "en"];

    [Fact]
    public void The_trends_csv_is_every_years_csv_concatenated_under_one_header()
    {
        var yearly = new[] { 2018, 2019 }.Select(y => Site.Value.ReadText($"{y}/en/{SiteLayout.IndicatorsCsv}").ReplaceLineEndings("\n")).ToList();
        var header = yearly[0][..(yearly[0].IndexOf('\n') + 1)];
        Assert.StartsWith("year,figure,municipality,community,task,taskCount,value\n", header);
        var expected = header + string.Concat(yearly.Select(text => text[(text.IndexOf('\n') + 1)..]));
        Assert.Equal(expected, Site.Value.ReadText(SiteLayout.TrendsIndicatorsCsv).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_trends_json_is_the_list_of_every_years_contract_object()
    {
        var list = JsonNode.Parse(Site.Value.ReadText(SiteLayout.TrendsIndicatorsJson))!.AsArray();
        Assert.Equal(2, list.Count);
        foreach (var (year, i) in new[] { 2018, 2019 }.Select((y, i) => (y, i)))
        {
            var single = JsonNode.Parse(Site.Value.ReadText($"{year}/sq/{SiteLayout.IndicatorsJson}"));
            Assert.True(JsonNode.DeepEquals(single, list[i]), $"the trends list's item {i} is not {year}'s indicators.json");
        }
    }

    [Theory]
    [InlineData("sq")]
    [InlineData("sr")]
    [InlineData("sr-Cyrl")]
    [InlineData("en")]
    public void Every_headline_figure_has_an_accessible_chart_with_its_data_table_linking_every_year(string tag)
    {
        var html = Site.Value.ReadText(SiteLayout.Trends(Edition.For(tag)));
        var charts = Site.Value.Files.Where(f => f.Path.StartsWith($"trends/{tag}/charts/", StringComparison.Ordinal)).ToList();
        // MOCRs, work plans, annual reports, staff and women, eight core tasks, all eight tasks, mean tasks performed.
        Assert.Equal(15, charts.Count);
        Assert.Equal(15, Regex.Count(html, "<figure"));
        Assert.Equal(15, Regex.Count(html, "<table"));
        foreach (var chart in charts)
        {
            var svg = chart.ReadText();
            Assert.Contains("role=\"img\"", svg);
            Assert.Matches("<desc id=\"[^\"]+\">[^<]*2018: [^<]*2019: ", svg);
        }
        Assert.Contains($"href=\"../../2018/{tag}/index.html\"", html);
        Assert.Contains($"href=\"../../2019/{tag}/index.html\"", html);
        foreach (var other in Editions.Where(e => e != tag))
            Assert.Contains($"href=\"../{other}/index.html\"", html);
    }

    [Theory]
    [InlineData("sr")]
    [InlineData("sq")]
    [InlineData("sr-Cyrl")]
    public void Year_labels_are_never_grouped_like_numbers(string tag)
    {
        foreach (var chart in Site.Value.Files.Where(f => f.Path.StartsWith($"trends/{tag}/charts/", StringComparison.Ordinal)))
        {
            var svg = chart.ReadText();
            Assert.Contains(">2018</text>", svg);
            Assert.Contains(">2019</text>", svg);
            Assert.DoesNotMatch("2[.\u00a0\u202f ]01[89]", svg);
        }
    }

    [Fact]
    public void The_2018_break_is_marked_on_the_task_series_and_explained_with_the_reason_from_the_notes()
    {
        var html = Site.Value.ReadText(SiteLayout.Trends(Edition.For("en")));
        var footnotes = html[html.IndexOf("<section class=\"breaks\"", StringComparison.Ordinal)..];
        Assert.Contains("id=\"break-2019\"", footnotes);
        Assert.Contains("no active NGOs", footnotes);
        var coordination = Site.Value.ReadText(SiteLayout.TrendsChart(Edition.For("en"), "trend-tasks-performed-coordination"));
        Assert.Contains("stroke-dasharray", coordination);
        Assert.Contains("(note 1)", coordination);
    }

    [Fact]
    public void Shares_are_charted_with_one_decimal_where_the_base_changes()
    {
        var coordination = Site.Value.ReadText(SiteLayout.TrendsChart(Edition.For("sr"), "trend-tasks-performed-coordination"));
        Assert.Contains(">100,0%</text>", coordination);
        Assert.Contains(">80,0%</text>", coordination);
    }

    [Theory]
    [InlineData("sq")]
    [InlineData("en")]
    public void Every_sheet_and_the_landing_page_link_to_the_trends_page(string tag)
    {
        Assert.Contains($"href=\"../../trends/{tag}/index.html\"", SiteFixture.Page(Site.Value, 2018, tag));
        Assert.Contains($"href=\"../../trends/{tag}/index.html\"", SiteFixture.Page(Site.Value, 2019, tag));
        Assert.Contains($"href=\"trends/{tag}/index.html\"", Site.Value.ReadText(SiteLayout.Landing));
    }
}
