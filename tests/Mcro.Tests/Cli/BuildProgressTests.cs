using Mcro.Build;
using Mcro.Cli.Output;
using Mcro.Site;

namespace Mcro.Tests.Cli;

/// <summary>A long step shows how far it is on a terminal ("leaflets 7/12"); elsewhere each step is one line when it ends.</summary>
public sealed class BuildProgressTests : TempFolderTest
{
    public BuildProgressTests() : base("mcro-progress") { }

    [Fact]
    public void On_a_terminal_a_counted_step_shows_done_of_total_on_one_rewritten_line()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var progress = new BuildProgress(output, error, interactive: true);

        progress.StepStarted("leaflets");
        for (var done = 1; done <= 12; done++) progress.StepCounted("leaflets", done, 12);
        progress.Finish();

        Assert.Contains("\r\u001b[Kleaflets 7/12", error.ToString());
        Assert.EndsWith("leaflets 12/12\r\u001b[K", error.ToString());
        Assert.Empty(output.ToString());
    }

    [Fact]
    public void Outside_a_terminal_each_step_is_one_line_when_it_ends_with_its_duration()
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter();
        var progress = new BuildProgress(output, error, interactive: false);

        progress.StepStarted("sheets");
        progress.StepCounted("sheets", 3, 12);
        progress.StepDone(new BuildStep("sheets", TimeSpan.FromSeconds(2.5), "12 page(s)"));

        Assert.Equal("sheets: 12 page(s) (2.50 s)\n", output.ToString());
        Assert.Empty(error.ToString());
    }

    [Fact]
    public void Without_timings_a_step_line_is_the_same_every_run()
    {
        using var output = new StringWriter { NewLine = "\n" };
        var progress = new BuildProgress(output, TextWriter.Null, interactive: false, timings: false);

        progress.StepDone(new BuildStep("sheets", TimeSpan.FromSeconds(2.5), "12 page(s)"));

        Assert.Equal("sheets: 12 page(s)\n", output.ToString());
    }

    [Fact]
    public void The_build_counts_every_sheet_and_profile_it_makes()
    {
        var counted = new Recorder();
        var request = new BuildRequest(Site.SiteFixture.DataFolder, "site", Site.SiteFixture.TemplatesFolder, "templates", Work.PathOf("out"), "out", null, null, null);

        var outcome = BuildPipeline.RunInMemory(request, new MemorySink(), counted);

        Assert.IsType<BuildOutcome.Built>(outcome);
        var sheets = counted.Counts.Where(c => c.Name == "sheets").ToList();
        Assert.Equal(sheets[0].Total, sheets.Max(c => c.Done));
        Assert.True(sheets[0].Total > 0);
        var profiles = counted.Counts.Where(c => c.Name == "profiles").ToList();
        Assert.Equal(profiles[0].Total, profiles.Max(c => c.Done));
        Assert.Equal(profiles[0].Total + 1, profiles.Count);
    }

    private sealed class Recorder : IBuildObserver
    {
        public List<(string Name, int Done, int Total)> Counts { get; } = [];

        public void StepStarted(string name) { }

        public void StepDone(BuildStep step) { }

        public void StepCounted(string name, int done, int total)
        {
            lock (Counts) Counts.Add((name, done, total));
        }
    }
}
