using Mcro.Build;
using Mcro.Tests.Site;

namespace Mcro.Tests.Leaflet;

/// <summary>--pdf without a browser stops before anything is written, with one message saying how to get one; without --pdf nothing needs a browser.</summary>
public sealed class LeafletOptionTests : TempFolderTest
{
    public LeafletOptionTests() : base("mcro-leaflet-")
    {
    }

    private string Out => Work.PathOf("out");

    private CliRun Build(params string[] extra) =>
        CliRun.Of(["build", "--data", SiteFixture.DataFolder, "--templates", SiteFixture.TemplatesFolder, "--out", Out, .. extra]);

    [Fact]
    public void Without_a_browser_pdf_fails_with_one_clear_message_and_the_site_is_untouched()
    {
        Assert.Equal(0, Build("--year", "2019", "--lang", "en").ExitCode);
        var before = FolderSnapshot.Of(Out);

        var run = Build("--year", "2019", "--lang", "en", "--pdf", "--chromium", Work.PathOf("no-such-browser"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--pdf: the browser '" + Work.PathOf("no-such-browser") + "' (from --chromium or MCRO_CHROMIUM) does not exist", run.Output);
        Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => line.StartsWith("--pdf: ", StringComparison.Ordinal));
        Assert.Equal(before, FolderSnapshot.Of(Out));
        Assert.Contains("nothing was written", run.Error);
    }

    [Fact]
    public void Without_pdf_no_sheet_links_a_leaflet_and_no_browser_is_looked_for()
    {
        var outcome = BuildPipeline.Run(new BuildRequest(SiteFixture.DataFolder, "data", SiteFixture.TemplatesFolder, "templates", Out, "out", [2019], ["sq"], null)
        {
            Chromium = Work.PathOf("no-such-browser"),
        });

        Assert.IsType<BuildOutcome.Built>(outcome);
        Assert.DoesNotContain(".pdf", File.ReadAllText(Path.Combine(Out, "2019", "sq", "index.html")));
        Assert.Empty(Directory.EnumerateFiles(Out, "*.pdf", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_browser_that_will_not_start_is_a_problem_naming_it_and_nothing_is_written()
    {
        if (OperatingSystem.IsWindows()) return;
        var browser = Work.PathOf("broken-browser");
        File.WriteAllText(browser, "#!/bin/sh\necho 'not a browser' >&2\nexit 3\n");
        File.SetUnixFileMode(browser, UnixFileMode.UserRead | UnixFileMode.UserExecute);

        var run = Build("--year", "2019", "--lang", "sq", "--pdf", "--chromium", browser);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(browser + ": cannot start the browser to print the leaflets", run.Output);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void A_browser_given_without_pdf_is_refused_rather_than_ignored()
    {
        var run = Build("--year", "2019", "--chromium", "/usr/bin/chromium");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--chromium names the browser that prints the leaflets: add --pdf to print them", run.Output + run.Error);
        Assert.False(Directory.Exists(Out));
    }
}
