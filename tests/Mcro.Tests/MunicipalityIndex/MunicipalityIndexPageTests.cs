using System.Text.RegularExpressions;
using Mcro.Localization;
using Mcro.Producers.MunicipalityIndex;
using Mcro.Site;
using Mcro.Tests.Site;

namespace Mcro.Tests.MunicipalityIndex;

/// <summary>
/// The index of municipalities in the built site: one per edition, every municipality and year, each cell linking a profile
/// the site holds; framed, linked from the landing pages and sheets, and in the sitemap like every other page.
/// </summary>
public sealed partial class MunicipalityIndexPageTests
{
    private static readonly Lazy<MemorySink> Site = new(() => SiteFixture.Build(baseUrl: "https://example.org/mocr/"));

    public static TheoryData<string> Editions => ["sq", "sr", "sr-Cyrl", "en"];

    [Theory]
    [MemberData(nameof(Editions))]
    public void Every_cell_links_an_existing_profile_of_every_municipality_in_every_year(string tag)
    {
        var path = MunicipalityIndexLayout.Page(Edition.For(tag));
        var html = Site.Value.ReadText(path);

        var links = CellLink().Matches(html).Select(m => m.Groups[1].Value).ToList();
        var targets = links.Select(href => Resolve(path, href)).ToList();
        Assert.All(targets, t => Assert.NotNull(Site.Value.Find(t)));
        var expected = SiteFixture.Dataset.Municipalities
            .SelectMany(m => new[] { 2018, 2019 }.Select(y => SiteLayout.Profile(y, Edition.For(tag), m.Code)))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, targets.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_table_has_a_caption_scoped_headers_and_a_municipality_without_an_office_said_as_such()
    {
        var html = Site.Value.ReadText(MunicipalityIndexLayout.Page(Edition.For("sr")));

        Assert.Contains("<caption id=\"index-caption\">", html);
        Assert.Contains("<th scope=\"col\">2018</th><th scope=\"col\">2019</th>", html);
        Assert.Contains("<tr><th scope=\"row\">Novo Brdo</th><td class=\"index-none\"><a href=\"../../2018/sr/municipalities/novoberde/index.html\"><span class=\"index-office\">Nema OKZP</span></a></td>", html);
        Assert.Contains("<th scope=\"row\">Leposavić</th><td class=\"index-similar\">", html);
    }

    [Fact]
    public void Its_frame_switches_language_to_the_other_editions_indexes_and_the_sitemap_lists_it()
    {
        var html = Site.Value.ReadText(MunicipalityIndexLayout.Page(Edition.For("sr")));
        var sitemap = Site.Value.ReadText(SiteLayout.Sitemap);

        Assert.Contains("<link rel=\"alternate\" hreflang=\"sq\" href=\"https://example.org/mocr/sq/municipalities/\">", html);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/mocr/\">", html);
        Assert.Contains("href=\"../../sr-Cyrl/municipalities/index.html\" lang=\"sr-Cyrl\"", html);
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/mocr/sr/municipalities/\">", html);
        Assert.Contains("<loc>https://example.org/mocr/en/municipalities/</loc>", sitemap);
    }

    [Fact]
    public void Landing_pages_and_sheets_link_their_edition_s_index()
    {
        Assert.Contains("href=\"sq/municipalities/index.html\"", Site.Value.ReadText(SiteLayout.Landing));
        Assert.Contains("href=\"municipalities/index.html\"", Site.Value.ReadText(SiteLayout.EditionLanding(Edition.For("sr"))));
        Assert.Contains("<a href=\"../../sr/municipalities/index.html\">Opštine po godinama</a>", Site.Value.ReadText(SiteLayout.Sheet(2019, Edition.For("sr"))));
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

    [GeneratedRegex("<td class=\"index-[a-z]+\"><a href=\"([^\"]+)\"")]
    private static partial Regex CellLink();
}
