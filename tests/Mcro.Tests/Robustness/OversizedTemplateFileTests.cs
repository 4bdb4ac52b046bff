using Mcro.Tests.Site;

namespace Mcro.Tests.Robustness;

/// <summary>
/// Templates and their assets are read within the same 64 MB limit as the data: a file linked to /dev/zero (or one
/// that is not UTF-8) is a problem naming the file, never a build that reads until memory runs out.
/// </summary>
public sealed class OversizedTemplateFileTests() : TempFolderTest("mcro-template-files-")
{
    private string Templates()
    {
        var templates = Work.PathOf("templates");
        FolderCopy.Copy(SiteFixture.TemplatesFolder, templates);
        return templates;
    }

    private CliRun Build(string templates) =>
        CliRun.Build(SiteFixture.DataFolder, templates, Work.PathOf("out"), "--year", "2019", "--lang", "en");

    [Theory]
    [InlineData("partials/endless.html")]
    [InlineData("assets/endless.css")]
    public void A_template_or_asset_linked_to_dev_zero_is_refused_naming_it(string file)
    {
        var templates = Templates();
        File.CreateSymbolicLink(Path.Combine(templates, file), "/dev/zero");

        var run = Build(templates);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"/{file}: file has more than 64 MB", run.Output);
        Assert.False(Directory.Exists(Work.PathOf("out/2019")));
    }

    [Fact]
    public void A_template_that_is_not_utf8_is_refused_naming_it()
    {
        var templates = Templates();
        File.WriteAllBytes(Path.Combine(templates, "partials", "legacy.html"), [0x44, 0x72, 0x61, 0xE8, 0x61]);

        var run = Build(templates);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/partials/legacy.html", run.Output);
        Assert.Contains("UTF-8", run.Output);
    }
}
