using Mcro.Localization;
using Mcro.Site;
using Mcro.Tests.Site;

namespace Mcro.Tests.Snapshots;

/// <summary>The fixture site's 2018 and 2019 sheets in every edition (HTML and every SVG), two trends pages, profiles of each kind and its landing page, approved.</summary>
public class SiteSnapshotTests
{
    private static readonly Lazy<MemorySink> Site = new(() => SiteFixture.Built);

    [Theory]
    [InlineData(2018, "sq")]
    [InlineData(2018, "sr")]
    [InlineData(2018, "sr-Cyrl")]
    [InlineData(2018, "en")]
    [InlineData(2019, "sq")]
    [InlineData(2019, "sr")]
    [InlineData(2019, "sr-Cyrl")]
    [InlineData(2019, "en")]
    public void Sheet_and_its_charts_match_the_approved_snapshots(int year, string edition)
    {
        var folder = $"{year}/{edition}/";
        var files = Site.Value.Files
            .Where(f => f.Path.StartsWith(folder, StringComparison.Ordinal) && !f.Path.StartsWith(folder + SiteLayout.MunicipalitiesFolder + "/", StringComparison.Ordinal)
                && (f.Path.EndsWith(".html", StringComparison.Ordinal) || f.Path.EndsWith(".svg", StringComparison.Ordinal)))
            .Select(f => (f.Path[..f.Path.LastIndexOf('.')], Path.GetExtension(f.Path), f.ReadText()))
            .ToList();
        Assert.Equal(7, files.Count);
        SnapshotFiles.Verify(files);
    }

    [Theory]
    [InlineData("sr")]
    [InlineData("sq")]
    public void Trends_page_and_a_chart_with_a_break_match_the_approved_snapshots(string tag)
    {
        var edition = Edition.For(tag);
        SnapshotFiles.Verify([
            ($"trends/{tag}/index", ".html", Site.Value.ReadText(SiteLayout.Trends(edition))),
            ($"trends/{tag}/trend-tasks-performed-coordination", ".svg", Site.Value.ReadText(SiteLayout.TrendsChart(edition, "trend-tasks-performed-coordination"))),
        ]);
    }

    /// <summary>
    /// Profiles of each kind, in two editions or more: a MOCR (Prizren), one excluded from every task (Junik, 2018) and from one
    /// (Mamuša, 2018), a similar office (Leposavić), a municipality without a MOCR that year (Novo Brdo, 2018); with a MOCR's figures.
    /// </summary>
    [Theory]
    [InlineData(2019, "sq", "prizren")]
    [InlineData(2019, "sr", "prizren")]
    [InlineData(2018, "sq", "junik")]
    [InlineData(2018, "sr", "junik")]
    [InlineData(2018, "sr-Cyrl", "mamushe")]
    [InlineData(2018, "en", "mamushe")]
    [InlineData(2019, "sq", "leposaviq")]
    [InlineData(2019, "sr", "leposaviq")]
    [InlineData(2018, "sr-Cyrl", "novoberde")]
    public void Profile_matches_the_approved_snapshot(int year, string edition, string code)
    {
        var folder = $"{year}/{edition}/{SiteLayout.MunicipalitiesFolder}/{code}/";
        var files = Site.Value.Files
            .Where(f => f.Path.StartsWith(folder, StringComparison.Ordinal))
            .Select(f => (f.Path[..f.Path.LastIndexOf('.')], Path.GetExtension(f.Path), f.ReadText()))
            .ToList();
        Assert.Contains(files, f => f.Item2 == ".html");
        SnapshotFiles.Verify(files);
    }

    [Fact]
    public void Landing_page_matches_the_approved_snapshot() =>
        SnapshotFiles.Verify([("index", ".html", Site.Value.Find(SiteLayout.Landing)!.ReadText())]);
}
