using System.Text.RegularExpressions;
using Mcro.Localization;
using Mcro.Model;
using Mcro.Producers.Accessibility;
using Mcro.Site;
using Mcro.Tests.Site;

namespace Mcro.Tests.AccessibilityStatement;

/// <summary>
/// The accessibility statement in the built site: one per edition, its contact and date from config.yaml (never the
/// build's clock), linked from the footer of every page of every kind, framed and in the sitemap like every other page.
/// </summary>
public sealed partial class AccessibilityStatementPageTests
{
    private static readonly Lazy<MemorySink> Site = new(() => SiteFixture.Build(baseUrl: "https://example.org/mocr/"));

    public static TheoryData<string> Editions => ["sq", "sr", "sr-Cyrl", "en"];

    [Fact]
    public void The_footer_of_every_page_of_every_kind_links_its_own_edition_s_statement()
    {
        var pages = Site.Value.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var kinds = new[] { "index.html", "2019/sr/index.html", "2018/en/municipalities/junik/index.html", "trends/sq/index.html", "sr-Cyrl/municipalities/index.html", "en/index.html", "sq/accessibility/index.html" };
        Assert.All(kinds, kind => Assert.Contains(pages, p => p.Path == kind));

        Assert.All(pages, page =>
        {
            var footer = Footer().Match(page.ReadText());
            Assert.True(footer.Success, $"{page.Path} has no footer");
            var link = Assert.Single(FooterLink().Matches(footer.Value));
            var edition = page.Path == SiteLayout.Landing ? "sq" : EditionOf(page.Path);
            Assert.Equal(AccessibilityLayout.Page(Edition.For(edition)), Resolve(page.Path, link.Groups[1].Value));
        });
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Each_edition_has_its_statement_with_the_contact_and_the_day_of_the_last_assessment_from_config(string tag)
    {
        var html = Site.Value.ReadText(AccessibilityLayout.Page(Edition.For(tag)));

        Assert.Contains("<a href=\"mailto:accessibility@example.org\">accessibility@example.org</a>", html);
        Assert.Contains(tag switch
        {
            "sq" => "më 20 nëntor 2026.",
            "sr" => "sprovedena je 20. novembra 2026. godine.",
            "sr-Cyrl" => "спроведена је 20. новембра 2026. године.",
            _ => "on 20 November 2026.",
        }, html);
        Assert.Contains("WCAG", html);
        Assert.Contains("EN 301 549", html);
        Assert.Contains("PDF/UA-1", html);
    }

    [Fact]
    public void Another_contact_and_day_in_config_change_the_page_and_a_web_address_is_linked_as_it_is()
    {
        var dataset = SiteFixture.Dataset with
        {
            Config = SiteFixture.Dataset.Config with
            {
                Accessibility = new AccessibilitySettings("https://example.org/feedback", new DateOnly(2027, 3, 1), SiteFixture.Dataset.Config.Location),
            },
        };

        var site = SiteFixture.Build(dataset);

        var english = site.ReadText(AccessibilityLayout.Page(Edition.For("en")));
        Assert.Contains("<a href=\"https://example.org/feedback\">https://example.org/feedback</a>", english);
        Assert.Contains("on 1 March 2027.", english);
        Assert.DoesNotContain("example.org</a>", english.Replace("https://example.org/feedback</a>", "", StringComparison.Ordinal));
        Assert.Contains("1. марта 2027. године", site.ReadText(AccessibilityLayout.Page(Edition.For("sr-Cyrl"))));
        Assert.Contains("më 1 mars 2027", site.ReadText(AccessibilityLayout.Page(Edition.For("sq"))));
    }

    [Fact]
    public void Without_an_accessibility_block_the_site_has_no_statement_and_no_footer_links_one()
    {
        var dataset = SiteFixture.Dataset with { Config = SiteFixture.Dataset.Config with { Accessibility = null } };

        var site = SiteFixture.Build(dataset, baseUrl: "https://example.org/mocr/");

        Assert.DoesNotContain(site.Files, f => f.Path.Contains("/" + AccessibilityLayout.Folder + "/", StringComparison.Ordinal));
        Assert.DoesNotContain(AccessibilityLayout.Folder, site.ReadText(SiteLayout.Sheet(2019, Edition.For("sr"))));
        Assert.DoesNotContain(AccessibilityLayout.Folder, site.ReadText(SiteLayout.Sitemap));
    }

    [Fact]
    public void Its_frame_switches_language_to_the_other_editions_statements_and_the_sitemap_lists_every_edition_s()
    {
        var html = Site.Value.ReadText(AccessibilityLayout.Page(Edition.For("sr")));
        var sitemap = Site.Value.ReadText(SiteLayout.Sitemap);

        Assert.Contains("<html lang=\"sr-Latn\">", html);
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/mocr/sr/accessibility/\">", html);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/mocr/en/accessibility/\">", html);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/mocr/\">", html);
        Assert.Contains("href=\"../../sr-Cyrl/accessibility/index.html\" lang=\"sr-Cyrl\"", html);
        Assert.Contains("href=\"../../sq/accessibility/index.html\" lang=\"sq\"", html);
        Assert.All(["sq", "sr", "sr-Cyrl", "en"], (string tag) => Assert.Contains($"<loc>https://example.org/mocr/{tag}/accessibility/</loc>", sitemap));
    }

    [Fact]
    public void The_statement_s_headings_follow_the_model_statement_without_skipping_a_level()
    {
        var html = Site.Value.ReadText(AccessibilityLayout.Page(Edition.For("en")));

        var headings = Heading().Matches(html).Select(m => m.Groups[1].Value + " " + m.Groups[2].Value).ToList();
        Assert.Equal(["1 Accessibility statement", "2 Compliance status", "2 Known limitations", "2 How accessibility was assessed", "2 Feedback and contact"], headings);
    }

    private static string EditionOf(string path)
    {
        var parts = path.Split('/');
        return SiteLayout.IsYearFolder(parts[0]) || parts[0] == SiteLayout.TrendsFolder ? parts[1] : parts[0];
    }

    private static string Resolve(string from, string href)
    {
        var parts = from.Split('/')[..^1].ToList();
        foreach (var part in href.Split('/'))
        {
            if (part == "..") parts.RemoveAt(parts.Count - 1);
            else parts.Add(part);
        }
        return string.Join('/', parts);
    }

    [GeneratedRegex("<footer class=\"site-footer\">.*?</footer>", RegexOptions.Singleline)]
    private static partial Regex Footer();

    [GeneratedRegex("<a href=\"([^\"]+)\">")]
    private static partial Regex FooterLink();

    [GeneratedRegex("<h([1-6])[^>]*>([^<]*)</h[1-6]>")]
    private static partial Regex Heading();
}
