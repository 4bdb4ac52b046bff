using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Mcro.Model;
using Mcro.Rendering;
using Mcro.Site;

namespace Mcro.Tests.Site;

/// <summary>The fixture dataset through every page producer, in memory: what the site holds and what its pages say.</summary>
public partial class SiteProducersTests
{
    private static readonly Lazy<MemorySink> Site = new(() => SiteFixture.Built);

    [Fact]
    public void Builds_every_edition_of_every_year_with_its_charts_and_figures_and_a_landing_page()
    {
        var paths = Site.Value.Files.Select(f => f.Path).ToHashSet();
        foreach (var year in new[] { 2018, 2019 })
        foreach (var tag in new[] { "sq", "sr", "en", "sr-Cyrl" })
        {
            Assert.Contains($"{year}/{tag}/index.html", paths);
            Assert.Contains($"{year}/{tag}/indicators.json", paths);
            Assert.Contains($"{year}/{tag}/indicators.csv", paths);
            foreach (var chart in new[] { "work-plans", "annual-reports", "gender-by-community", "staff-by-community", "core-tasks", "tasks-performed" })
                Assert.Contains($"{year}/{tag}/charts/{chart}.svg", paths);
        }
        Assert.Contains("index.html", paths);
        Assert.Contains("assets/site.css", paths);
    }

    [Fact]
    public void Every_link_and_image_in_every_page_resolves_to_a_file_of_the_site()
    {
        var paths = Site.Value.Files.Select(f => f.Path).ToHashSet();
        foreach (var page in Site.Value.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            foreach (Match link in LinkAttribute().Matches(page.ReadText()))
            {
                var target = link.Groups["url"].Value;
                // The accessibility statement's contact (config.yaml) is the one address outside the site.
                if (target.StartsWith('#') || target.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                Assert.DoesNotMatch("^[a-z]+:", target);
                Assert.True(paths.Contains(Resolve(page.Path, target)), $"{page.Path} links to {target}, which the site does not have");
            }
        }
    }

    [Fact]
    public void The_sheet_follows_the_anatomy_of_the_published_leaflet_in_order()
    {
        var html = SiteFixture.Page(Site.Value, 2018, "en");
        string[] parts =
        [
            "<h1>Municipal Offices for Communities and Return (MOCR) in 2018</h1>",
            "Since their introduction in 2010, MOCRs have been established in 4 municipalities.",
            "<h2 id=\"establishment\">Establishment</h2>",
            "In Leposaviq/Leposavić, a similar office performs similar functions but is not counted as an MOCR in this factsheet.",
            "<h2 id=\"functioning\">Functioning and reporting</h2>",
            "<h2 id=\"performance\">Performance in 2018</h2>",
            "is not included in the coordination task because there are no active NGOs",
            "The municipality of Junik is not included in the performance assessment",
            "*Tasks set out in the legal and policy framework",
            "The OSCE Mission in Kosovo supports greater participation",
        ];
        var positions = parts.Select(p => html.IndexOf(p, StringComparison.Ordinal)).ToList();
        Assert.All(positions.Zip(parts), p => Assert.True(p.First >= 0, $"missing: {p.Second}"));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Exclusion_notes_sit_under_every_chart_they_explain()
    {
        var html = SiteFixture.Page(Site.Value, 2018, "sr");
        var tasks = html.IndexOf("id=\"figure-core-tasks\"", StringComparison.Ordinal);
        var distribution = html.IndexOf("id=\"figure-tasks-performed\"", StringComparison.Ordinal);
        var oneTask = html.IndexOf("Mamuša nije uključena", StringComparison.Ordinal);
        var allTasks = html.IndexOf("Opština Junik nije uključena", StringComparison.Ordinal);
        var allTasksAgain = html.IndexOf("Opština Junik nije uključena", distribution, StringComparison.Ordinal);
        Assert.All(new[] { tasks, oneTask, distribution, allTasks, allTasksAgain }, at => Assert.True(at >= 0, "a chart or a note is missing"));
        // Junik is left out of every task: the core-tasks chart shows it as "Excluded" on all eight bars, so it is said there too.
        Assert.True(tasks < oneTask && tasks < allTasks && allTasks < distribution && distribution < allTasksAgain);
        Assert.DoesNotContain("Mamuša nije uključena", html[distribution..]);
        // 2019 has no exclusions: 2018's are named only where 2019 is compared with it.
        var sheet2019 = SiteFixture.Page(Site.Value, 2019, "sr");
        var changes = sheet2019.IndexOf("<section class=\"changes\"", StringComparison.Ordinal);
        Assert.True(changes >= 0);
        Assert.DoesNotContain("nije uključena", sheet2019[..changes]);
        Assert.Contains("U 2018. godini: Opština Mamuša nije uključena", sheet2019[changes..]);
    }

    [Fact]
    public void Counts_in_prose_take_the_plural_form_of_their_number()
    {
        Assert.Contains("OKZP postoje u 4 opštine (od ukupno 6).", SiteFixture.Page(Site.Value, 2018, "sr"));
        Assert.Contains("OKZP postoje u 5 opština (od ukupno 6).", SiteFixture.Page(Site.Value, 2019, "sr"));
        Assert.Contains("U Leposaviću postoji slična kancelarija koja obavlja slične funkcije", SiteFixture.Page(Site.Value, 2019, "sr"));
    }

    [Fact]
    public void The_cyrillic_edition_has_no_latin_text_but_format_names_and_other_languages_names()
    {
        var html = SiteFixture.Page(Site.Value, 2019, "sr-Cyrl");
        Assert.Contains("<html lang=\"sr-Cyrl\">", html);
        var main = html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];
        var text = Tag().Replace(StyleBlock().Replace(main, " "), " ").Replace("JSON", "").Replace("CSV", "");
        Assert.DoesNotMatch("[A-Za-zčćđšžČĆĐŠŽ]", text);
        Assert.Contains(">Српски (ћирилица)</a>", html);
        Assert.Contains(">Srpski (latinica)</a>", html);
        Assert.Contains(">Shqip</a>", html);
    }

    [Fact]
    public void Numbers_and_percentages_follow_each_languages_style()
    {
        // CLDR's percent pattern, deliberately: no space before the sign in sr and sq.
        Assert.Contains("<td>75,0%</td>", SiteFixture.Page(Site.Value, 2018, "sr"));
        Assert.Contains("<td>75.0%</td>", SiteFixture.Page(Site.Value, 2018, "en"));
    }

    [Fact]
    public void Every_page_carries_the_illustrative_label_when_the_dataset_says_so()
    {
        foreach (var page in Site.Value.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
            Assert.Contains("class=\"illustrative-banner\"", page.ReadText());
        var real = SiteFixture.Dataset with { Config = SiteFixture.Dataset.Config with { Illustrative = false } };
        var plain = SiteFixture.Page(SiteFixture.Build(real), 2019, "en");
        Assert.DoesNotContain("class=\"sheet-label\"", plain);
        Assert.DoesNotContain("illustrative-banner", plain);
    }

    [Fact]
    public void A_base_url_adds_canonical_links_and_a_sitemap_and_without_one_there_is_neither()
    {
        var published = SiteFixture.Build(baseUrl: "https://example.org/mocr/");
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/mocr/2019/sq/\">", SiteFixture.Page(published, 2019, "sq"));
        Assert.Contains("<link rel=\"alternate\" hreflang=\"sr-Cyrl\" href=\"https://example.org/mocr/2019/sr-Cyrl/\">", SiteFixture.Page(published, 2019, "sq"));
        Assert.Contains("<link rel=\"alternate\" hreflang=\"sr-Latn\" href=\"https://example.org/mocr/2019/sr/\">", SiteFixture.Page(published, 2019, "sq"));
        Assert.Contains("hreflang=\"sr-Latn\"", published.Find("sitemap.xml")!.ReadText());
        var sitemap = published.Find("sitemap.xml")!.ReadText();
        Assert.Contains("<loc>https://example.org/mocr/2018/sr-Cyrl/</loc>", sitemap);
        Assert.Contains("<loc>https://example.org/mocr/</loc>", sitemap);

        Assert.Null(Site.Value.Find("sitemap.xml"));
        Assert.DoesNotContain("canonical", SiteFixture.Page(Site.Value, 2019, "sq"));
    }

    [Fact]
    public void Data_values_are_escaped_in_pages_and_charts()
    {
        const string Hostile = "<script>alert(1)</script>&";
        var dataset = SiteFixture.Dataset;
        var hostile = dataset with
        {
            Communities = dataset.Communities.Select(c => c.Code == "roma" ? c with { Name = Rename(c.Name, Hostile) } : c).ToImmutableArray(),
            Municipalities = dataset.Municipalities.Select(m => m.SimilarOffice ? m with { Name = Rename(m.Name, Hostile) } : m).ToImmutableArray(),
        };
        var site = SiteFixture.Build(hostile);
        Assert.All(site.Files, f => Assert.DoesNotContain("<script>", f.ReadText()));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;", SiteFixture.Page(site, 2019, "en"));
    }

    [Fact]
    public void A_missing_text_stops_the_build_with_the_i18n_file_named()
    {
        var dataset = SiteFixture.Dataset;
        var texts = dataset.I18n.ByLanguage["en"].Remove("closing.paragraph");
        var broken = dataset with { I18n = new I18nCatalog(dataset.I18n.ByLanguage.SetItem("en", texts)) };
        var result = SiteFixture.TryBuild(broken);
        Assert.Null(result.Value);
        Assert.Contains(result.Problems, p => p.Message == "text 'closing.paragraph' is missing in 'en': the page needs this text"
            && p.Location.File.EndsWith("i18n/en.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void A_template_error_stops_the_build_with_its_position()
    {
        var texts = Directory.EnumerateFiles(SiteFixture.TemplatesFolder, "*.html", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(SiteFixture.TemplatesFolder, p).Replace('\\', '/'), File.ReadAllText);
        texts["partials/closing.html"] = "<section>\n<p>{{ sheet.closnig }}</p>\n</section>\n";
        var (templates, _) = TemplateSet.Parse(texts, "templates");
        var result = SiteFixture.TryBuild(templates: templates);
        Assert.Null(result.Value);
        Assert.Equal("templates/partials/closing.html:2:", Assert.Single(result.Problems).ToString()[..34]);
    }

    [Theory]
    [InlineData("sq")]
    [InlineData("sr")]
    [InlineData("en")]
    public void The_fixture_uses_the_real_page_texts_so_snapshots_show_what_readers_read(string language) =>
        Assert.Equal(
            File.ReadAllText(Path.Combine(SiteFixture.RepoRoot, "data", "i18n", language + ".yaml")),
            File.ReadAllText(Path.Combine(SiteFixture.DataFolder, "i18n", language + ".yaml")));

    private static LocalizedText Rename(LocalizedText name, string value) =>
        LocalizedText.From(name.ByLanguage.Select(p => KeyValuePair.Create(p.Key, p.Value + " " + value)));

    private static string Resolve(string fromFile, string link)
    {
        var parts = fromFile.Split('/')[..^1].ToList();
        foreach (var segment in link.Split('/'))
        {
            if (segment == "..") parts.RemoveAt(parts.Count - 1);
            else if (segment != ".") parts.Add(segment);
        }
        return string.Join("/", parts);
    }

    [GeneratedRegex("(?:href|src)=\"(?<url>[^\"]*)\"")]
    private static partial Regex LinkAttribute();

    [GeneratedRegex("<style.*?</style>", RegexOptions.Singleline)]
    private static partial Regex StyleBlock();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
