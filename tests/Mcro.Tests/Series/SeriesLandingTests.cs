using Mcro.Localization;
using Mcro.Producers;
using Mcro.Producers.Landing;
using Mcro.Site;
using Mcro.Tests.Site;

namespace Mcro.Tests.Series;

/// <summary>The landing pages present the series: every mechanism in the definitions' order, linking only the pages the site holds.</summary>
public class SeriesLandingTests
{
    /// <summary>The series' entries of sr/index.html on a site that also holds xc's 2018 sheet (the sheet part describes it so), and only that one.</summary>
    private static IReadOnlyList<Producers.Landing.Views.SeriesEntry> Entries(IReadOnlyList<int> published, string tag = "sr")
    {
        var context = SeriesFixture.Context();
        var edition = Edition.For(tag);
        var sheet = new PageDescription(SiteLayout.MechanismSheet(2018, edition, "xc"), SeriesKinds.MechanismSheet, edition, 2018, Subject: "xc") { YearsOf = SeriesKinds.MechanismSheet };
        var site = new SitePages([.. context.Site.All.Where(p => !(p.Kind == SeriesKinds.MechanismSheet && p.Subject == "xc")), sheet]);
        return SeriesModel.Entries(context.Dataset, site, context.Indicators, context.Series, published, context.Texts[edition], SiteLayout.EditionLanding(edition));
    }

    [Fact]
    public void Every_mechanism_is_listed_in_the_definitions_order_the_mocr_first()
    {
        Assert.Equal(["mocr", "xc"], Entries([2018, 2019]).Select(e => e.Id));
    }

    [Fact]
    public void An_entry_names_the_mechanism_and_says_what_it_is_in_the_editions_language()
    {
        var xc = Entries([2018, 2019])[1];
        Assert.Equal(("Primerni saveti", "PS"), (xc.Name, xc.Abbreviation));
        Assert.Equal("Primerni saveti su obavezni u nekim opštinama.", xc.Line);
        var cyrillic = Entries([2018, 2019], "sr-Cyrl")[1];
        Assert.Equal(("Примерни савети", "ПС", "Примерни савети су обавезни у неким општинама."), (cyrillic.Name, cyrillic.Abbreviation, cyrillic.Line));
    }

    [Fact]
    public void The_headline_is_the_latest_published_years_establishment()
    {
        var entries = Entries([2018, 2019]);
        Assert.Equal("2019: PS postoje u 4 opštine (od ukupno 6).", entries[1].Headline);
        Assert.Equal("2019: OKZP postoje u 5 opština (od ukupno 6).", entries[0].Headline);
        Assert.Equal("2018: PS postoje u 3 opštine (od ukupno 6).", Entries([2018])[1].Headline);
    }

    [Fact]
    public void Only_the_sheets_and_trends_pages_the_site_holds_are_linked()
    {
        var entries = Entries([2018, 2019]);
        Assert.Equal([("2018", "../2018/sr/xc/index.html")], entries[1].Sheets.Select(s => (s.Label, s.Href)));
        Assert.Equal("../trends/sr/xc/index.html", entries[1].Trends!.Href);
        Assert.Equal([("2018", "../2018/sr/index.html"), ("2019", "../2019/sr/index.html")], entries[0].Sheets.Select(s => (s.Label, s.Href)));
        Assert.Equal("../trends/sr/index.html", entries[0].Trends!.Href);
    }

    [Theory]
    [InlineData("en", "Example Councils")]
    [InlineData("sq", "Këshillat shembull")]
    [InlineData("sr-Cyrl", "Примерни савети")]
    public void Every_landing_page_shows_the_series_with_its_trends_page(string tag, string name)
    {
        var edition = Edition.For(tag);
        var html = SeriesFixture.Built.ReadText(SiteLayout.EditionLanding(edition));
        Assert.Contains("class=\"landing-series\"", html);
        Assert.Contains(name, html);
        Assert.Contains($"href=\"../trends/{tag}/xc/index.html\"", html);
        Assert.True(html.IndexOf("id=\"series-mocr\"", StringComparison.Ordinal) < html.IndexOf("id=\"series-xc\"", StringComparison.Ordinal));
        Assert.Contains("class=\"landing-series\"", SeriesFixture.Built.ReadText(SiteLayout.Landing));
    }

    [Fact]
    public void A_dataset_without_mechanisms_keeps_its_landing_page_byte_for_byte()
    {
        var before = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "landing-before-series", "index.html"));
        Assert.Empty(SiteFixture.Dataset.Mechanisms);
        Assert.Equal(before, SiteFixture.Built.ReadText(SiteLayout.Landing));
    }
}
