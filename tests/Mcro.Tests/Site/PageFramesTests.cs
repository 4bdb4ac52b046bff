using Mcro.Localization;
using Mcro.Producers;
using Mcro.Producers.Sitemap;
using Mcro.Rendering;
using Mcro.Site;

namespace Mcro.Tests.Site;

/// <summary>
/// Frames and the sitemap come from the pages the producers describe, the same code for every kind of page: a kind the
/// frame code has never heard of ("atlas") gets its language switcher, year switcher, alternates and sitemap entries.
/// </summary>
public sealed class PageFramesTests
{
    private static readonly Edition Sq = Edition.For("sq");
    private static readonly Edition Sr = Edition.For("sr");
    private static readonly Edition En = Edition.For("en");

    private static PageDescription Root => new(SiteLayout.Landing, "landing", Sq) { AnyLanguage = true };

    private static PageDescription Atlas(int year, Edition edition, string subject) =>
        new($"atlas/{year}/{edition.Tag}/{subject}.html", "atlas", edition, year, subject) { YearsOf = "atlas" };

    private static PageFrames Frames(SitePages site, string? baseUrl = null)
    {
        var dataset = SiteFixture.Dataset;
        var plan = SiteFixture.Plan(dataset, baseUrl);
        var texts = plan.Editions.ToDictionary(e => e, e => new TextCatalog(dataset.I18n, e, $"i18n/{e.DataLanguage}.yaml"));
        return new PageFrames(site, plan, dataset.Config, texts);
    }

    [Fact]
    public void Any_kind_s_language_switcher_goes_to_the_same_page_in_each_edition_that_has_it()
    {
        var site = new SitePages([Root, Atlas(2019, Sq, "prizren"), Atlas(2019, Sr, "prizren"), Atlas(2019, Sq, "junik"), Atlas(2018, En, "prizren")]);

        var frame = Frames(site).For("atlas/2019/sr/prizren.html", "Atlas");

        Assert.Equal(["Shqip", "Srpski (latinica)"], frame.Languages.Select(l => l.Label));
        Assert.Equal(["../sq/prizren.html", "prizren.html"], frame.Languages.Select(l => l.Href));
        Assert.Equal([false, true], frame.Languages.Select(l => l.Current));
        Assert.Equal("sr-Latn", frame.Lang);
    }

    [Fact]
    public void Alternates_are_the_same_page_in_each_edition_and_x_default_the_page_for_any_language()
    {
        var site = new SitePages([Root, Atlas(2019, Sq, "prizren"), Atlas(2019, Sr, "prizren"), Atlas(2019, En, "junik")]);

        var relative = Frames(site).For("atlas/2019/sq/prizren.html", "Atlas");
        var absolute = Frames(site, "https://example.org/mocr/").For("atlas/2019/sq/prizren.html", "Atlas");

        Assert.Equal([("sq", "prizren.html"), ("sr-Latn", "../sr/prizren.html"), ("x-default", "../../../index.html")],
            relative.Alternates.Select(a => (a.Hreflang, a.Href)));
        Assert.Equal(["https://example.org/mocr/atlas/2019/sq/prizren.html", "https://example.org/mocr/atlas/2019/sr/prizren.html", "https://example.org/mocr/"],
            absolute.Alternates.Select(a => a.Href));
        Assert.Equal("https://example.org/mocr/atlas/2019/sq/prizren.html", absolute.Canonical);
    }

    [Fact]
    public void Without_a_page_for_any_language_there_is_no_x_default()
    {
        var site = new SitePages([Atlas(2019, Sq, "prizren"), Atlas(2019, Sr, "prizren")]);

        Assert.DoesNotContain(Frames(site).For("atlas/2019/sq/prizren.html", "Atlas").Alternates, a => a.Hreflang == "x-default");
    }

    [Fact]
    public void The_year_switcher_lists_the_pages_of_the_kind_it_names_in_the_same_edition_and_subject_oldest_first()
    {
        var trends = new PageDescription("trends/sr/index.html", "trends", Sr) { YearsOf = "atlas" };
        var site = new SitePages([Root, Atlas(2019, Sr, "prizren"), Atlas(2018, Sr, "prizren"), Atlas(2017, Sq, "prizren"), Atlas(2016, Sr, "junik"), trends]);
        var frames = Frames(site);

        var atlas = frames.For("atlas/2019/sr/prizren.html", "Atlas");
        Assert.Equal([("2018", "../../2018/sr/prizren.html", false), ("2019", "prizren.html", true)], atlas.Years.Select(y => (y.Label, y.Href, y.Current)));
        Assert.All(atlas.Years, y => Assert.Equal("sr-Latn", y.Lang));

        Assert.Equal(["2016"], frames.For("atlas/2016/sr/junik.html", "Atlas").Years.Select(y => y.Label));
        Assert.DoesNotContain(frames.For("trends/sr/index.html", "Trends").Years, y => y.Current);
        Assert.Empty(frames.For(SiteLayout.Landing, "Home").Years);
    }

    [Fact]
    public void The_page_for_any_language_is_in_no_language_switcher_and_its_own_switcher_has_no_current_entry()
    {
        var site = new SitePages([Root, new("sq/index.html", "landing", Sq), new("sr/index.html", "landing", Sr)]);
        var frames = Frames(site);

        var root = frames.For(SiteLayout.Landing, "Home");
        Assert.Equal(["sq/index.html", "sr/index.html"], root.Languages.Select(l => l.Href));
        Assert.DoesNotContain(root.Languages, l => l.Current);
        Assert.Equal(["sq", "sr-Latn", "x-default"], root.Alternates.Select(a => a.Hreflang));
        Assert.Equal(["../sq/index.html", "index.html"], frames.For("sr/index.html", "Home").Languages.Select(l => l.Href));
    }

    [Fact]
    public void Links_go_to_each_kind_s_one_page_in_the_edition_of_the_page_s_year_or_of_every_year()
    {
        var site = new SitePages([Root, Atlas(2019, Sr, "prizren"),
            new("2019/sr/index.html", "sheet", Sr, 2019), new("2018/sr/index.html", "sheet", Sr, 2018),
            new("trends/sr/index.html", "trends", Sr), new("trends/sq/index.html", "trends", Sq), new("sq/index.html", "landing", Sq)]);
        var frames = Frames(site);

        var links = frames.For("atlas/2019/sr/prizren.html", "Atlas").Links;
        Assert.Equal("../../../2019/sr/index.html", links["sheet"]);
        Assert.Equal("../../../trends/sr/index.html", links["trends"]);
        Assert.Null(links["landing"]);
        Assert.Null(links["atlas"]);
        Assert.Null(frames.For("trends/sr/index.html", "Trends").Links["sheet"]);
    }

    [Fact]
    public void A_template_links_a_kind_through_page_links_and_a_kind_without_a_page_reads_as_nothing()
    {
        var site = new SitePages([Root, Atlas(2019, Sr, "prizren"), new("trends/sr/index.html", "trends", Sr)]);
        var frame = Frames(site).For("atlas/2019/sr/prizren.html", "Atlas");
        var templates = new Dictionary<string, string>
        {
            ["page.html"] = "{{ page.links.trends }}|{{ if page.links.gazetteer }}gazetteer{{ else }}none{{ end }}",
            ["write.html"] = "{{ page.links.trends = 'x' }}",
        };
        foreach (var required in TemplateSet.Required) templates.TryAdd(required, "");
        var (set, problems) = TemplateSet.Parse(templates, "templates");
        Assert.Empty(problems);
        var renderer = new PageRenderer(set!);

        Assert.Equal("../../../trends/sr/index.html|none", renderer.Render("page.html", new Dictionary<string, object?> { ["page"] = frame }).Value);
        Assert.Contains("read-only", Assert.Single(renderer.Render("write.html", new Dictionary<string, object?> { ["page"] = frame }).Problems).Message);
    }

    [Fact]
    public void A_page_rendered_but_never_described_is_a_bug_not_a_page_without_frame()
    {
        var site = new SitePages([Root]);

        Assert.Throws<InvalidOperationException>(() => Frames(site).For("atlas/2019/sr/prizren.html", "Atlas"));
        Assert.Throws<InvalidOperationException>(() => new SitePages([Root, Root]));
    }

    [Fact]
    public void The_sitemap_lists_the_pages_described_as_belonging_there_each_with_its_editions()
    {
        var hidden = new PageDescription("atlas/draft.html", "atlas", Sq) { InSitemap = false };
        var site = new SitePages([Atlas(2019, Sq, "prizren"), Root, Atlas(2019, Sr, "prizren"), Atlas(2018, Sq, "prizren"), hidden,
            new("trends/sq/index.html", "trends", Sq)]);

        var sitemap = SitemapProducer.Write(site, "https://example.org/mocr");

        Assert.DoesNotContain("draft", sitemap);
        var locs = System.Text.RegularExpressions.Regex.Matches(sitemap, "<loc>(.*?)</loc>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal([
            "https://example.org/mocr/",
            "https://example.org/mocr/atlas/2018/sq/prizren.html",
            "https://example.org/mocr/atlas/2019/sq/prizren.html",
            "https://example.org/mocr/atlas/2019/sr/prizren.html",
            "https://example.org/mocr/trends/sq/",
        ], locs);
        Assert.Contains("<loc>https://example.org/mocr/</loc>\n  </url>", sitemap);
        Assert.Contains("<loc>https://example.org/mocr/atlas/2019/sr/prizren.html</loc>\n"
            + "    <xhtml:link rel=\"alternate\" hreflang=\"sq\" href=\"https://example.org/mocr/atlas/2019/sq/prizren.html\"/>\n"
            + "    <xhtml:link rel=\"alternate\" hreflang=\"sr-Latn\" href=\"https://example.org/mocr/atlas/2019/sr/prizren.html\"/>\n", sitemap);
    }
}
