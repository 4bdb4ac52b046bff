using System.Collections.Immutable;

namespace Mcro.Indicators;

/// <summary>The "number of core tasks performed" chart: how many MOCRs performed 0, 1, … of the core tasks.</summary>
public static class TasksPerformedIndicators
{
    /// <summary>
    /// One entry per possible count (0 to the number of tasks). An office excluded from all tasks is left out and
    /// listed; one excluded from some tasks counts the tasks it performed among the rest.
    /// </summary>
    public static TasksPerformedFigures Of(int taskCount, ImmutableArray<OfficeFigures> offices)
    {
        var distribution = new int[taskCount + 1];
        foreach (var office in offices.Where(o => !o.ExcludedFromAll)) distribution[office.TasksPerformed]++;
        var excluded = offices.Where(o => o.ExcludedFromAll).Select(o => o.Municipality).Order(StringComparer.Ordinal);
        return new TasksPerformedFigures([.. distribution], [.. excluded]);
    }
}
