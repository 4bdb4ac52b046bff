using Mcro.BrowserTests.Tools;
using Mcro.BrowserTests.SampleSite;

namespace Mcro.BrowserTests.Links;

public sealed class LinkTests
{
    private static BuiltSite Sample => BuiltSite.TheSample;

    [Fact]
    public void Every_link_stylesheet_font_and_chart_of_the_sample_site_is_there()
    {
        var problems = LinkChecker.Problems(Sample);

        Assert.True(problems.Count == 0, "broken links and assets:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void The_readmes_main_job_into_a_fresh_folder_publishes_no_dead_link()
    {
        // mcro build --year 2019 --lang sr: one edition; the landing page, switchers and alternates must not link the other seven.
        var partial = BuiltSite.Build(RunFolder.NewFolder("partial-site"), [2019], ["sr"]);

        var problems = LinkChecker.Problems(partial);

        Assert.True(problems.Count == 0, "broken links and assets:\n" + string.Join("\n", problems));
        // The sheet and the sheets of the rest of the series (cc, dmc), the root landing page, the landing page in the
        // edition's own language, its accessibility statement, its municipality index, its trends page and each mechanism's.
        Assert.Equal(["2019/sr/cc/index.html", "2019/sr/dmc/index.html", "2019/sr/index.html", "index.html", "sr/accessibility/index.html", "sr/index.html",
            "sr/municipalities/index.html", "trends/sr/cc/index.html", "trends/sr/dmc/index.html", "trends/sr/index.html"], partial.PagesButProfiles.Select(partial.Relative));
        Assert.Equal(38, partial.Profiles.Count);
    }

    [Fact]
    public void Editions_built_one_at_a_time_into_one_folder_link_each_other_and_nothing_else()
    {
        var root = RunFolder.NewFolder("growing-site");
        BuiltSite.Build(root, [2019], ["sr"]);
        var site = BuiltSite.Build(root, [2018], ["sq", "en"]);

        var problems = LinkChecker.Problems(site);

        Assert.True(problems.Count == 0, "broken links and assets:\n" + string.Join("\n", problems));
        // Three sheets of the series per edition and year (the MOCR's, the CC's, the DMC's), the root landing page, one landing
        // page, one accessibility statement, one municipality index and three trends pages per edition (sr, sq, en); a
        // profile per municipality and sheet.
        Assert.Equal(3 * 3 + 1 + 3 * (1 + 1 + 1 + 3), site.PagesButProfiles.Count);
        Assert.Equal(3 * 38, site.Profiles.Count);
    }

    [Fact]
    public void The_crawl_reaches_every_edition_and_asset()
    {
        var checkedFiles = Directory.EnumerateFiles(Sample.Root, "*", SearchOption.AllDirectories).Select(Sample.Relative).ToList();
        var references = checkedFiles.SelectMany(f => ReferenceReader.Read(f, f.EndsWith(".woff2") ? "" : File.ReadAllText(Sample.PathOf(f)))).ToList();

        Assert.Contains(references, r => r.FromFile == "index.html" && r.Address == "2019/sr-Cyrl/index.html");
        Assert.Contains(references, r => r.FromFile == "2019/sr/index.html" && r.Address == "../../assets/site.css");
        Assert.Contains(references, r => r.FromFile == "assets/site.css" && r.Address == "fonts/NotoSans-Bold.woff2");
        Assert.Contains(references, r => r.FromFile == "2019/en/charts/core-tasks.svg" && r.Address == "../../../assets/fonts/NotoSans-Regular.woff2");
        // Every profile is crawled: linked from its sheet's glance table (or, without a MOCR, from its other years and editions).
        Assert.Contains(references, r => r.FromFile == "2019/sr/index.html" && r.Address == "municipalities/prizren/index.html");
        Assert.Contains(references, r => r.FromFile == "2019/sr/municipalities/prizren/index.html" && r.Address == "figures.json");
        Assert.All(Sample.Profiles.Select(Sample.Relative), profile => Assert.Contains(checkedFiles, f => f == profile));
    }

    [Fact]
    public void A_dead_link_is_reported_with_its_page_and_element()
    {
        var broken = Sample.Copy().Replace("2018/en/index.html", "href=\"../sq/index.html\"", "href=\"../sq/indeks.html\"");

        var problem = Assert.Single(LinkChecker.Problems(broken.Site));

        Assert.Equal("2018/en/index.html: <link href=\"../sq/indeks.html\"> → 2018/sq/indeks.html, which is missing", problem);
    }

    [Fact]
    public void A_link_to_a_fragment_that_is_not_there_is_reported()
    {
        var broken = Sample.Copy().Replace("2019/sq/index.html", "href=\"#content\"", "href=\"#contents\"");

        var problem = Assert.Single(LinkChecker.Problems(broken.Site));

        Assert.Equal("2019/sq/index.html: <a href=\"#contents\"> → 2019/sq/index.html has no element with id 'contents'", problem);
    }

    [Fact]
    public void A_missing_stylesheet_font_or_chart_file_is_reported_where_it_is_wanted()
    {
        var broken = Sample.Copy();
        File.Delete(broken.Site.PathOf("assets/fonts/NotoSans-Bold.woff2"));
        File.Delete(broken.Site.PathOf("2019/sr/charts/staff-by-community.svg"));

        var problems = LinkChecker.Problems(broken.Site);

        Assert.Contains("assets/site.css: stylesheet url(\"fonts/NotoSans-Bold.woff2\") → assets/fonts/NotoSans-Bold.woff2, which is missing", problems);
        Assert.Contains("2019/sr/index.html: <figure id=\"figure-staff-by-community\"> has no chart file 2019/sr/charts/staff-by-community.svg", problems);
    }

    [Fact]
    public void A_page_no_link_leads_to_is_reported()
    {
        var broken = Sample.Copy();
        File.Copy(broken.Site.PathOf("2019/sr/index.html"), broken.Site.PathOf("2019/sr/old.html"));

        var problem = Assert.Single(LinkChecker.Problems(broken.Site));

        Assert.Equal("2019/sr/old.html: no link leads to this page from index.html", problem);
    }
}
