using Mcro.Localization;
using Mcro.Site;
using Mcro.Tests.Indicators;
using Mcro.Tests.Site;

namespace Mcro.Tests.Profile;

/// <summary>Offices at a glance on the sheets and the profiles' links, on the sample site.</summary>
public sealed class GlanceAndProfileTests
{
    private static readonly Lazy<MemorySink> Sample = new(() => SiteFixture.Build(SampleData.Dataset, "https://example.org/mocr"));

    private static List<string> GlanceNames(string page)
    {
        var start = page.IndexOf("<table class=\"glance-table\">", StringComparison.Ordinal);
        var table = page[start..page.IndexOf("</table>", start, StringComparison.Ordinal)];
        return [.. System.Text.RegularExpressions.Regex.Matches(table, "<th scope=\"row\"><a href=\"municipalities/[a-z-]+/index.html\">([^<]+)</a>")
            .Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))];
    }

    [Theory]
    [InlineData("sr", "Dragaš", "Đakovica", "Kačanik", "Kamenica")]
    [InlineData("sq", "Deçan", "Dragash", "Kaçanik", "Kamenicë")]
    [InlineData("sr-Cyrl", "Драгаш", "Ђаковица", "Каменица", "Качаник")] // Ч near the end of the Cyrillic alphabet
    public void The_glance_lists_every_mocr_once_in_the_editions_order(string tag, string first, string second, string third, string fourth)
    {
        var names = GlanceNames(Sample.Value.ReadText(SiteLayout.Sheet(2019, Edition.For(tag))));
        Assert.Equal(SampleData.Dataset.Years[2019].Offices.Length, names.Count);
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.True(names.IndexOf(first) < names.IndexOf(second), $"{first} before {second}: {string.Join(", ", names)}");
        Assert.True(names.IndexOf(third) < names.IndexOf(fourth), $"{third} before {fourth}: {string.Join(", ", names)}");
    }

    [Fact]
    public void Albanian_puts_e_diaeresis_and_c_cedilla_names_after_their_base_letters()
    {
        var names = GlanceNames(Sample.Value.ReadText(SiteLayout.Sheet(2019, Edition.For("sq"))));
        // Gj is a letter of its own, after G: Graçanicë comes before Gjilan.
        Assert.True(names.IndexOf("Graçanicë") < names.IndexOf("Gjilan"), string.Join(", ", names));
    }

    [Fact]
    public void Every_glance_link_goes_to_a_profile_the_site_holds()
    {
        var site = Sample.Value;
        foreach (var sheet in site.Files.Where(f => f.Path.EndsWith("/index.html", StringComparison.Ordinal) && f.Path.Count(c => c == '/') == 2 && SiteLayout.IsYearFolder(f.Path[..4])))
        {
            var folder = sheet.Path[..sheet.Path.LastIndexOf('/')];
            foreach (System.Text.RegularExpressions.Match link in System.Text.RegularExpressions.Regex.Matches(sheet.ReadText(), "href=\"(municipalities/[a-z-]+/index.html)\""))
                Assert.NotNull(site.Find(folder + "/" + link.Groups[1].Value));
        }
    }

    [Fact]
    public void The_sitemap_lists_every_profile_with_its_alternates()
    {
        var sitemap = Sample.Value.ReadText(SiteLayout.Sitemap);
        foreach (var year in SampleData.Dataset.Years.Keys)
            foreach (var m in SampleData.Dataset.Municipalities)
                Assert.Contains($"<loc>https://example.org/mocr/{year}/sr-Cyrl/municipalities/{m.Code}/</loc>", sitemap, StringComparison.Ordinal);
        var profile = Sample.Value.ReadText(SiteLayout.Profile(2019, Edition.For("sq"), "prizren"));
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/mocr/2019/sq/municipalities/prizren/\">", profile, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"sr-Latn\" href=\"https://example.org/mocr/2019/sr/municipalities/prizren/\">", profile, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_links_the_sheet_its_editions_and_its_years_relatively()
    {
        var page = Sample.Value.ReadText(SiteLayout.Profile(2019, Edition.For("sr"), "mamushe"));
        Assert.Contains("<a href=\"../../index.html\">", page, StringComparison.Ordinal);
        Assert.Contains("href=\"../../../sq/municipalities/mamushe/index.html\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"../../../../2018/sr/municipalities/mamushe/index.html\"", page, StringComparison.Ordinal);
        Assert.Contains("Ilustrativni primer podataka", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_site_is_the_same_bytes_built_twice()
    {
        var again = SiteFixture.Build(SampleData.Dataset, "https://example.org/mocr");
        Assert.Equal(Sample.Value.Files.Select(f => f.Path), again.Files.Select(f => f.Path));
        Assert.All(Sample.Value.Files.Zip(again.Files), p => Assert.True(p.First.Content.AsSpan().SequenceEqual(p.Second.Content), p.First.Path));
    }
}
