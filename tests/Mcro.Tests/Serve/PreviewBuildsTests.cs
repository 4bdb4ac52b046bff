using Mcro.Build;
using Mcro.Cli.Serve;
using Mcro.Tests.Site;

namespace Mcro.Tests.Serve;

/// <summary>
/// serve's rebuilds on a clock the test moves by hand: the quiet time (<see cref="PreviewBuilds.Debounce"/>) starts
/// again with every change, so a save in two steps gives one build however slow the machine is.
/// </summary>
public sealed class PreviewBuildsTests : TempFolderTest
{
    private static readonly TimeSpan JustBefore = PreviewBuilds.Debounce - TimeSpan.FromTicks(1);

    public PreviewBuildsTests() : base("mcro-preview-builds-") => FolderCopy.Copy(SiteFixture.DataFolder, Data);

    private string Data => Work.PathOf("data");

    [Fact]
    public void A_file_saved_in_two_steps_gives_one_build_not_a_flash_of_errors()
    {
        var time = new ManualTime();
        var log = new StringWriter();
        var site = new PreviewSite();
        var request = new BuildRequest(Data, "data", SiteFixture.TemplatesFolder, "templates", "", "(memory)", null, null, null);
        using var builds = new PreviewBuilds(request, site, log, time);
        builds.BuildNow();
        var offices = Path.Combine(Data, "2019", "offices.csv");
        var edited = File.ReadAllText(offices).Replace("prizren,yes,yes", "prizren,no,yes", StringComparison.Ordinal);

        // An editor that truncates, then writes: for a moment the file is half there (a row cut in the middle).
        File.WriteAllText(offices, edited[..(edited.Length / 2)]);
        builds.InputChanged();
        time.Advance(JustBefore);
        File.WriteAllText(offices, edited);
        builds.InputChanged();
        time.Advance(JustBefore);
        Assert.Equal(["built"], Builds(log));

        time.Advance(TimeSpan.FromTicks(1));
        Assert.Equal(["built", "built"], Builds(log));
        Assert.Empty(site.Problems);
    }

    [Fact]
    public void The_quiet_time_before_a_rebuild_is_250_ms_unless_a_test_sets_it()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(250), PreviewBuilds.QuietFor(null));
        Assert.Equal(TimeSpan.FromMilliseconds(250), PreviewBuilds.QuietFor("soon"));
        Assert.Equal(TimeSpan.FromMilliseconds(250), PreviewBuilds.QuietFor("-5"));
        Assert.Equal(TimeSpan.FromMilliseconds(3000), PreviewBuilds.QuietFor("3000"));
    }

    private static List<string> Builds(StringWriter log) =>
        [.. log.ToString().Split('\n').Where(l => l.StartsWith("built ", StringComparison.Ordinal) || l.StartsWith("build failed", StringComparison.Ordinal))
            .Select(l => l.StartsWith("built ", StringComparison.Ordinal) ? "built" : "build failed")];
}
