using System.Text.RegularExpressions;

namespace Mcro.Tests.Site;

/// <summary>
/// Links go only to what the site holds after a build — built now or kept from an earlier build — so the README's
/// main job into a fresh folder, a partial build or an empty year folder never publishes a dead link; and a rebuild
/// keeps what the user put beside the editions.
/// </summary>
public sealed partial class PublishedEditionsTests : TempFolderTest
{

    public PublishedEditionsTests() : base("mcro-published-") => FolderCopy.Copy(SiteFixture.DataFolder, Data);

    private string Data => Work.PathOf("data");

    private string Out => Work.PathOf("out");

    private CliRun Build(params string[] extra)
    {
        var run = CliRun.Of(["build", "--data", Data, "--templates", SiteFixture.TemplatesFolder, "--out", Out, .. extra]);
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        return run;
    }

    private string Read(string sitePath) => File.ReadAllText(Path.Combine(Out, sitePath));

    [Fact]
    public void One_edition_built_into_a_fresh_folder_links_nothing_that_was_not_built()
    {
        Build("--year", "2019", "--lang", "sr", "--base-url", "https://example.org/");

        AssertEveryLinkResolves();
        Assert.Contains("href=\"2019/sr/index.html\"", Read("index.html"));
        Assert.DoesNotContain("2018/", Read("index.html"));
        Assert.DoesNotContain("2019/en", Read("index.html"));
        var sheet = Read("2019/sr/index.html");
        Assert.DoesNotContain("hreflang=\"en\"", sheet);
        Assert.DoesNotContain("../sq/index.html", sheet);
        Assert.DoesNotContain("2018", Read("sitemap.xml"));
        Assert.DoesNotContain("/2019/en/", Read("sitemap.xml"));
    }

    [Fact]
    public void An_edition_built_later_joins_the_links_and_the_ones_built_before_are_kept()
    {
        Build("--year", "2019", "--lang", "sr");
        Build("--year", "2018", "--lang", "sq");

        AssertEveryLinkResolves();
        Assert.True(File.Exists(Path.Combine(Out, "2019", "sr", "index.html")));
        Assert.Contains("href=\"2019/sr/index.html\"", Read("index.html"));
        Assert.Contains("href=\"2018/sq/index.html\"", Read("index.html"));
        Assert.DoesNotContain("2018/sr/", Read("index.html"));
    }

    [Fact]
    public void A_year_folder_without_data_is_not_an_edition()
    {
        Directory.CreateDirectory(Path.Combine(Data, "2017"));

        Build("--year", "2019");

        AssertEveryLinkResolves();
        Assert.DoesNotContain("2017", Read("index.html"));
        Assert.DoesNotContain(">2017<", Read("2019/en/index.html"));
    }

    [Fact]
    public void A_folder_the_user_put_in_a_year_survives_every_rebuild_and_the_removal_of_that_year()
    {
        Build();
        var leaflet = Path.Combine(Out, "2019", "print", "leaflet.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(leaflet)!);
        File.WriteAllText(leaflet, "%PDF-1.7");
        File.AppendAllText(Path.Combine(Data, "2019", "staff.csv"), "prizren,staff,serbian,female\n");

        Build();
        Assert.Equal("%PDF-1.7", File.ReadAllText(leaflet));

        Directory.Delete(Path.Combine(Data, "2019"), recursive: true);
        Build();
        Assert.Equal("%PDF-1.7", File.ReadAllText(leaflet));
        Assert.False(Directory.Exists(Path.Combine(Out, "2019", "sr")));
    }

    [Fact]
    public void A_year_folder_that_is_a_symbolic_link_out_of_the_site_is_never_deleted_through()
    {
        Build();
        var archive = Work.PathOf("archive");
        Directory.CreateDirectory(Path.Combine(archive, "sr"));
        File.WriteAllText(Path.Combine(archive, "sr", "index.html"), "<p>archived</p>");
        Directory.Move(Path.Combine(Out, "2018"), Work.PathOf("old-2018"));
        Directory.CreateSymbolicLink(Path.Combine(Out, "2018"), archive);
        Directory.Delete(Path.Combine(Data, "2018"), recursive: true);

        Build();

        Assert.Equal("<p>archived</p>", File.ReadAllText(Path.Combine(archive, "sr", "index.html")));
    }

    /// <summary>Every href and src of every page, resolved on disk.</summary>
    private void AssertEveryLinkResolves()
    {
        foreach (var page in Directory.EnumerateFiles(Out, "*.html", SearchOption.AllDirectories))
        {
            foreach (Match link in LinkAttribute().Matches(File.ReadAllText(page)))
            {
                var target = link.Groups["url"].Value.Split('#')[0];
                if (target.Length == 0 || target.Contains(':', StringComparison.Ordinal)) continue;
                var resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, target));
                Assert.True(File.Exists(resolved), $"{Path.GetRelativePath(Out, page)} links to {target}, which the site does not have");
            }
        }
    }

    [GeneratedRegex("(?:href|src)=\"(?<url>[^\"]*)\"")]
    private static partial Regex LinkAttribute();
}
