using Mcro.Build;
using Mcro.Localization;
using Mcro.Producers;
using Mcro.Site;

namespace Mcro.Tests.Site;

/// <summary>
/// The producers describe every page the site holds — built now or kept from an earlier build — and every page they
/// write is one they described.
/// </summary>
public sealed class SitePagesTests
{
    [Fact]
    public void Every_page_written_is_described_and_every_page_described_is_written_in_a_whole_build()
    {
        var dataset = SiteFixture.Dataset;
        var site = SitePages.Of(BuildPipeline.Producers, SiteFixture.Plan(dataset), dataset);
        var written = SiteFixture.Build(baseUrl: "https://example.org/").Files.Select(f => f.Path).Where(p => p.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        Assert.Equal(written, site.All.Select(p => p.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Pages_of_sheets_kept_from_an_earlier_build_are_described_and_linked_though_not_built()
    {
        var dataset = SiteFixture.Dataset;
        var plan = SiteFixture.Plan(dataset, languages: ["sr"], years: [2019]) with
        {
            Kept = new HashSet<string>(StringComparer.Ordinal) { "2019/sq", "2018/sr" },
        };
        var sq = Edition.For("sq");
        var sr = Edition.For("sr");

        var site = SitePages.Of(BuildPipeline.Producers, plan, dataset);
        Assert.NotNull(site.Find(SiteLayout.Sheet(2019, sq)));
        Assert.NotNull(site.Find(SiteLayout.Profile(2018, sr, "prizren")));
        Assert.NotNull(site.Find(SiteLayout.EditionLanding(sq)));
        Assert.NotNull(site.Find(SiteLayout.Trends(sq)));
        Assert.Null(site.Find(SiteLayout.Sheet(2018, sq)));
        Assert.Null(site.Find(SiteLayout.Profile(2019, Edition.For("en"), "prizren")));

        var built = SiteFixture.TryBuild(plan: plan);
        Assert.Empty(built.Problems);
        Assert.Null(built.Value!.Find(SiteLayout.Sheet(2019, sq)));
        var profile = built.Value.ReadText(SiteLayout.Profile(2019, sr, "prizren"));
        Assert.Contains("href=\"../../../../2018/sr/municipalities/prizren/index.html\"", profile);
        Assert.Contains("href=\"../../../sq/municipalities/prizren/index.html\" lang=\"sq\" hreflang=\"sq\"", profile);
        Assert.DoesNotContain("/en/", profile);
    }
}
