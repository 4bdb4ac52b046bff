using System.Security.Cryptography;
using Mcro.Build;
using Mcro.Site;
using Mcro.Tests.Site;

namespace Mcro.Tests.Build;

/// <summary>
/// A draft year (written by `mcro new-year`) never reaches the site unless asked for: `mcro build` of the data with it
/// is byte for byte the build without it, manifest included; `--drafts` adds it, every page of it marked as a draft in
/// its edition's language and not indexed, and the sitemap leaves out every page showing it.
/// </summary>
public sealed class DraftBuildTests : TempFolderTest
{
    public DraftBuildTests() : base("mcro-drafts-")
    {
        FolderCopy.Copy(SiteFixture.DataFolder, Plain);
        FolderCopy.Copy(SiteFixture.DataFolder, WithDraft);
        var written = CliRun.Of("new-year", "2020", "--data", WithDraft);
        Assert.True(written.ExitCode == 0, written.Output);
    }

    private string Plain => Work.PathOf("plain");

    private string WithDraft => Work.PathOf("with-draft");

    private const string BaseUrl = "https://example.org/mcro/";

    /// <param name="records">With the build's own records (.mcro-manifest, .mcro-site); an incremental build's manifest tells its own story.</param>
    private static Dictionary<string, string> Files(string folder, bool records = true) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => records || !Path.GetFileName(f).StartsWith(".mcro-", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    private static string Text(string site, string path) => File.ReadAllText(Path.Combine(site, path));

    [Fact]
    public void A_build_without_drafts_is_byte_for_byte_the_build_of_the_data_without_the_draft_year()
    {
        var (plain, withDraft) = (Work.PathOf("out-plain"), Work.PathOf("out-draft"));

        var first = CliRun.Build(Plain, SiteFixture.TemplatesFolder, plain, "--base-url", BaseUrl, "--quiet");
        var second = CliRun.Build(WithDraft, SiteFixture.TemplatesFolder, withDraft, "--base-url", BaseUrl, "--quiet");

        Assert.True(first.ExitCode == 0 && second.ExitCode == 0, first.Output + second.Output + second.Error);
        Assert.Empty(second.Output);
        Assert.Equal(Files(plain), Files(withDraft));
    }

    [Fact]
    public void Edits_to_a_draft_year_leave_a_build_without_drafts_up_to_date()
    {
        var site = Work.PathOf("out");
        Assert.Equal(0, CliRun.Build(WithDraft, SiteFixture.TemplatesFolder, site, "--quiet").ExitCode);
        File.AppendAllText(Path.Combine(WithDraft, "2020", "staff.csv"), "prizren,staff,turkish,female\n");

        var outcome = BuildPipeline.Run(new BuildRequest(WithDraft, "data", SiteFixture.TemplatesFolder, "templates", site, "out", null, null, null));

        Assert.IsType<BuildOutcome.UpToDate>(outcome);
    }

    [Fact]
    public void A_staging_build_then_a_build_without_drafts_into_the_same_folder_is_the_full_build_without_them()
    {
        var (site, fresh) = (Work.PathOf("out"), Work.PathOf("fresh"));
        Assert.Equal(0, CliRun.Build(WithDraft, SiteFixture.TemplatesFolder, site, "--drafts", "--base-url", BaseUrl, "--quiet").ExitCode);

        Assert.Equal(0, CliRun.Build(WithDraft, SiteFixture.TemplatesFolder, site, "--base-url", BaseUrl, "--quiet").ExitCode);
        Assert.Equal(0, CliRun.Build(Plain, SiteFixture.TemplatesFolder, fresh, "--base-url", BaseUrl, "--quiet").ExitCode);

        Assert.Equal(Files(fresh, records: false), Files(site, records: false));
    }

    [Fact]
    public void A_draft_year_asked_for_without_drafts_is_refused_naming_its_year_yaml()
    {
        var run = CliRun.Build(WithDraft, SiteFixture.TemplatesFolder, Work.PathOf("out"), "--year", "2020", "--quiet");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{WithDraft}/2020/year.yaml: 2020 is a draft (status: draft): build it with --drafts to preview it, or remove the status line to publish it", run.OutputLines);
        Assert.False(Directory.Exists(Work.PathOf("out")) && Directory.EnumerateFileSystemEntries(Work.PathOf("out")).Any(e => !Path.GetFileName(e).StartsWith('.')));
    }

    [Fact]
    public void With_drafts_every_page_of_the_draft_year_is_marked_in_its_language_and_not_indexed()
    {
        var site = Work.PathOf("out");

        var run = CliRun.Build(WithDraft, SiteFixture.TemplatesFolder, site, "--drafts", "--base-url", BaseUrl, "--quiet");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        var texts = new Dictionary<string, string>
        {
            ["sq"] = "Version paraprak, ende i pabotuar:",
            ["sr"] = "Nacrt, još nije objavljen:",
            ["sr-Cyrl"] = "Нацрт, још није објављен:",
            ["en"] = "Draft, not yet published:",
        };
        var draftPages = Files(site).Keys.Where(p => p.StartsWith("2020/", StringComparison.Ordinal) && p.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(draftPages.Count > 8, string.Join(", ", draftPages));
        foreach (var page in draftPages)
        {
            var html = Text(site, page);
            Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html);
            Assert.Contains($"<p class=\"illustrative-banner draft-banner\">{texts[page.Split('/')[1]]}", html);
        }
        // The published years' own pages are not drafts; the sitemap lists none of the draft's pages.
        var sheet2019 = Text(site, SiteLayout.Sheet(2019, Mcro.Localization.Edition.For("en")));
        Assert.DoesNotContain("noindex", sheet2019);
        Assert.DoesNotContain("draft-banner", sheet2019);
        // A page of every year that shows no data (the accessibility statement) is no draft's page either.
        var statement = Text(site, "en/accessibility/index.html");
        Assert.DoesNotContain("noindex", statement);
        Assert.DoesNotContain("draft-banner", statement);
        Assert.Contains(BaseUrl + "en/accessibility/<", Text(site, SiteLayout.Sitemap));
        var sitemap = Text(site, SiteLayout.Sitemap);
        Assert.DoesNotContain("/2020/", sitemap);
        Assert.Contains("/2019/", sitemap);
        Assert.All(Files(site).Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal) && Text(site, p).Contains("noindex", StringComparison.Ordinal)),
            p => Assert.DoesNotContain(BaseUrl + p.Replace("index.html", "", StringComparison.Ordinal) + "<", sitemap));
    }

    [Fact]
    public void Diff_of_the_data_with_a_draft_year_added_finds_no_page_changed_and_lists_the_drafts_data()
    {
        var run = CliRun.Of("diff", Plain, WithDraft, "--templates", SiteFixture.TemplatesFolder);

        // The draft's pages are left out as from the site; its files are the data's own changes (exit 1: data changed).
        Assert.True(run.ExitCode == 1, run.Output + run.Error);
        Assert.Contains("no change a reader would see", run.Output.Split('\n')[0]);
        Assert.Contains("2020 is a draft", run.Output);
    }
}
