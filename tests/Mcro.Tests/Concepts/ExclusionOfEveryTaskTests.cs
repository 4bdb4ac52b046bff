using System.Collections.Immutable;
using Mcro.Indicators;
using Mcro.Model;
using Mcro.Tests.Indicators;
using Mcro.Tests.Site;

namespace Mcro.Tests.Concepts;

/// <summary>
/// An exclusion that lists every core task by name leaves the office out of every task, just as "tasks: all" does: every
/// figure and every page reads it from the one derived view (OfficeFigures), so none can tell the two spellings apart.
/// </summary>
public sealed class ExclusionOfEveryTaskTests
{
    private static Dataset Spelled(bool byName)
    {
        var dataset = SampleData.Dataset;
        var year = dataset.Years[2018];
        var exclusions = year.Exclusions.Select(e => e.AllTasks && byName
            ? e with { AllTasks = false, Tasks = [.. dataset.Tasks.Select(t => t.Key)] }
            : e).ToImmutableArray();
        return dataset with { Years = dataset.Years.SetItem(2018, year with { Exclusions = exclusions }) };
    }

    [Fact]
    public void Every_task_by_name_is_excluded_from_all_in_the_office_figures()
    {
        var byName = IndicatorCalculator.Compute(Spelled(byName: true), 2018);

        Assert.Contains(byName.PerOffice, o => o.ExcludedFromAll);
        Assert.Equal(byName.TasksPerformed.Excluded, byName.PerOffice.Where(o => o.ExcludedFromAll).Select(o => o.Municipality));
        Assert.All(byName.PerOffice.Where(o => o.ExcludedFromAll), o => Assert.Equal(0, o.TasksAssessed));
    }

    [Fact]
    public void Every_task_by_name_and_all_make_the_same_pages()
    {
        var all = SiteFixture.TryBuild(Spelled(byName: false), plan: SiteFixture.Plan(SampleData.Dataset, years: [2018]));
        var byName = SiteFixture.TryBuild(Spelled(byName: true), plan: SiteFixture.Plan(SampleData.Dataset, years: [2018]));
        Assert.Empty(all.Problems);
        Assert.Empty(byName.Problems);

        var different = all.Value!.Files.Zip(byName.Value!.Files)
            .Where(pair => pair.First.Path != pair.Second.Path || !pair.First.Content.AsSpan().SequenceEqual(pair.Second.Content))
            .Select(pair => pair.First.Path);
        Assert.Empty(different);
        Assert.Equal(all.Value.Files.Count, byName.Value.Files.Count);
    }
}
