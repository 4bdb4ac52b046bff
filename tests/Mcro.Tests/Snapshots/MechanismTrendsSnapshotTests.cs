using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Mcro.Downloads;
using Mcro.Localization;
using Mcro.Producers.MechanismTrends;
using Mcro.Site;
using Mcro.Tests.Series;

namespace Mcro.Tests.Snapshots;

/// <summary>A mechanism's trends page (Fixtures/series-landing: xc in 2018 and 2019): approved, and its downloads every year's figures.</summary>
public partial class MechanismTrendsSnapshotTests
{
    [Fact]
    public void Mechanism_trends_page_and_its_establishment_chart_match_the_approved_snapshots()
    {
        var edition = Edition.For("sr");
        SnapshotFiles.Verify([
            ("trends/sr/xc/index", ".html", SeriesFixture.Built.ReadText(SiteLayout.MechanismTrends(edition, "xc"))),
            ("trends/sr/xc/establishment", ".svg", SeriesFixture.Built.ReadText(SiteLayout.MechanismTrendsFile(edition, "xc", "charts/establishment.svg"))),
        ]);
    }

    [Theory]
    [InlineData("sq")]
    [InlineData("sr")]
    [InlineData("sr-Cyrl")]
    [InlineData("en")]
    public void Every_edition_has_the_page_described_per_the_convention_with_every_years_figures_beside_it(string tag)
    {
        var edition = Edition.For(tag);
        var context = SeriesFixture.Context();
        var page = Assert.Single(context.Site.OfKind(MechanismTrendsProducer.Kind), p => p.Edition == edition);
        Assert.Equal((SiteLayout.MechanismTrends(edition, "xc"), null, "xc"), (page.Path, page.Year, page.Subject));
        var years = context.Series["xc"].Values.ToList();
        Assert.Equal(MechanismJsonWriter.WriteEveryYear(years), SeriesFixture.Built.ReadText(SiteLayout.MechanismTrendsFile(edition, "xc", "indicators.json")));
        Assert.Equal(MechanismCsvWriter.WriteEveryYear(years), SeriesFixture.Built.ReadText(SiteLayout.MechanismTrendsFile(edition, "xc", "indicators.csv")));
        Assert.Equal(2, JsonNode.Parse(SeriesFixture.Built.ReadText(SiteLayout.MechanismTrendsFile(edition, "xc", "indicators.json")))!.AsArray().Count);

        var html = SeriesFixture.Built.ReadText(page.Path);
        Assert.Equal(4, FigureTag().Count(html));
        foreach (var chart in new[] { "establishment", "functioning", "people", "duties" })
            Assert.NotNull(SeriesFixture.Built.Find(SiteLayout.MechanismTrendsFile(edition, "xc", $"charts/{chart}.svg")));
        Assert.Contains("href=\"indicators.json\"", html);
        Assert.Contains("<th scope=\"col\">2018</th><th scope=\"col\">2019</th>", html);
    }

    [Fact]
    public void A_dataset_without_mechanisms_has_no_mechanism_trends_page() =>
        Assert.DoesNotContain(Site.SiteFixture.Built.Files, f => MechanismTrendsPath().IsMatch(f.Path));

    [GeneratedRegex("^trends/[^/]+/[^/]+/index\\.html$")]
    private static partial Regex MechanismTrendsPath();

    [GeneratedRegex("<figure")]
    private static partial Regex FigureTag();
}
