using System.Text.RegularExpressions;
using Mcro.Localization;
using Mcro.Site;
using Mcro.Tests.Site;

namespace Mcro.Tests.MechanismSheet;

/// <summary>A mechanism's sheet on the site: where it is built, its frame, the series navigation, drafts; the MOCR's sheets beside it.</summary>
public partial class MechanismSheetPageTests
{
    public static TheoryData<int, string> Sheets => new() { { 2018, "sq" }, { 2018, "sr" }, { 2018, "sr-Cyrl" }, { 2018, "en" }, { 2019, "sq" }, { 2019, "sr" }, { 2019, "sr-Cyrl" }, { 2019, "en" } };

    [Theory]
    [MemberData(nameof(Sheets))]
    public void Every_year_with_data_has_its_sheet_charts_and_downloads_in_every_edition(int year, string tag)
    {
        var site = SeriesSheetFixture.Built;
        var edition = Edition.For(tag);
        var page = site.ReadText(SiteLayout.MechanismSheet(year, edition, SeriesSheetFixture.Id));
        Assert.Contains($"<html lang=\"{edition.Language}\"", page, StringComparison.Ordinal);
        foreach (var chart in new[] { "establishment", "functioning", "people", "representation", "duties" })
            Assert.NotNull(site.Find(SiteLayout.MechanismFile(year, edition, SeriesSheetFixture.Id, SiteLayout.ChartFromSheet(chart))));
        Assert.NotNull(site.Find(SiteLayout.MechanismFile(year, edition, SeriesSheetFixture.Id, SiteLayout.IndicatorsJson)));
        Assert.NotNull(site.Find(SiteLayout.MechanismFile(year, edition, SeriesSheetFixture.Id, SiteLayout.IndicatorsCsv)));
    }

    [Fact]
    public void Every_chart_on_the_sheet_has_its_data_table()
    {
        var page = SeriesSheetFixture.Built.ReadText(SiteLayout.MechanismSheet(2019, Edition.For("sr"), SeriesSheetFixture.Id));
        Assert.Equal(5, Figures().Matches(page).Count);
        Assert.Equal(5, DataTables().Matches(page).Count);
    }

    [Theory]
    [MemberData(nameof(Sheets))]
    public void Every_sheet_of_the_year_lists_the_series_in_order_with_itself_marked(int year, string tag)
    {
        var site = SeriesSheetFixture.Built;
        var edition = Edition.For(tag);
        var mocr = Navigation(site.ReadText(SiteLayout.Sheet(year, edition)));
        var clc = Navigation(site.ReadText(SiteLayout.MechanismSheet(year, edition, SeriesSheetFixture.Id)));
        Assert.Equal([("index.html", true), ("clc/index.html", false)], mocr);
        Assert.Equal([("../index.html", false), ("index.html", true)], clc);
    }

    [Fact]
    public void Mocr_sheet_changes_only_by_the_series_navigation()
    {
        var edition = Edition.For("sr-Cyrl");
        var with = SeriesSheetFixture.Built.ReadText(SiteLayout.Sheet(2019, edition));
        var without = SiteFixture.Built.ReadText(SiteLayout.Sheet(2019, edition));
        Assert.DoesNotContain("series-nav", without, StringComparison.Ordinal);
        Assert.Equal(without, SeriesNavLine().Replace(with, ""));
    }

    [Fact]
    public void A_draft_years_mechanism_sheet_carries_the_draft_banner_and_noindex()
    {
        var site = SeriesSheetFixture.BuildWithDrafts(SeriesSheetFixture.Dataset, 2019);
        var draft = site.ReadText(SiteLayout.MechanismSheet(2019, Edition.For("en"), SeriesSheetFixture.Id));
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", draft, StringComparison.Ordinal);
        Assert.Contains("draft-banner", draft, StringComparison.Ordinal);
    }

    private static List<(string Href, bool Current)> Navigation(string page)
    {
        var nav = SeriesNav().Match(page);
        Assert.True(nav.Success, "the page has no series navigation");
        return [.. Links().Matches(nav.Value).Select(m => (m.Groups[1].Value, m.Groups[2].Success))];
    }

    [GeneratedRegex("<nav class=\"series-nav\".*?</nav>", RegexOptions.Singleline)]
    private static partial Regex SeriesNav();

    [GeneratedRegex("<nav class=\"series-nav\".*?</nav>\n", RegexOptions.Singleline)]
    private static partial Regex SeriesNavLine();

    [GeneratedRegex("<a href=\"([^\"]*)\"( aria-current=\"page\")?>")]
    private static partial Regex Links();

    [GeneratedRegex("<figure class=\"chart ")]
    private static partial Regex Figures();

    [GeneratedRegex("<details class=\"data-table\">")]
    private static partial Regex DataTables();
}
