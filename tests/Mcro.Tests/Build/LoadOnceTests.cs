using Mcro.Build;
using Mcro.Tests.Site;

namespace Mcro.Tests.Build;

/// <summary>
/// The data is loaded and validated once per build, every year it needs at once: a build of one year loads the others
/// too (its sheet shows the change from the year before, the trends page every year), in the same single load.
/// </summary>
public sealed class LoadOnceTests : TempFolderTest
{
    public LoadOnceTests() : base("mcro-load-once-")
    {
    }

    private sealed class StepNames : IBuildObserver
    {
        public List<string> Started { get; } = [];

        public void StepStarted(string name) => Started.Add(name);

        public void StepDone(BuildStep step)
        {
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData(2019)]
    [InlineData(2018)]
    public void A_build_loads_and_validates_the_data_once(int? year)
    {
        var steps = new StepNames();

        var outcome = BuildPipeline.Run(new BuildRequest(SiteFixture.DataFolder, "data", SiteFixture.TemplatesFolder, "templates", Work.PathOf("out"), "out",
            year is { } y ? [y] : null, null, null), steps);

        Assert.IsType<BuildOutcome.Built>(outcome);
        Assert.Single(steps.Started, s => s.StartsWith("load", StringComparison.Ordinal));
        Assert.Single(steps.Started, s => s.StartsWith("validate", StringComparison.Ordinal));
    }
}
