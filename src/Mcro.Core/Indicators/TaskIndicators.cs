using System.Collections.Immutable;
using Mcro.Model;

namespace Mcro.Indicators;

/// <summary>The core-task charts: per task, the MOCRs that performed it, that did not, and those excluded from it.</summary>
public static class TaskIndicators
{
    /// <param name="tasks">The core tasks in tasks.csv order; <paramref name="offices"/> outcomes follow the same order.</param>
    public static ImmutableArray<TaskFigures> Of(ImmutableArray<CoreTask> tasks, ImmutableArray<OfficeTasks> offices) =>
        [.. tasks.Select((task, i) => ForTask(task.Key, offices.Select(o => (o.Municipality, o.Outcomes[i]))))];

    public static TaskFigures ForTask(string task, IEnumerable<(string Municipality, TaskOutcome Outcome)> outcomes)
    {
        int performed = 0, notPerformed = 0;
        var excluded = new List<string>();
        foreach (var (municipality, outcome) in outcomes)
        {
            switch (outcome)
            {
                case TaskOutcome.Performed: performed++; break;
                case TaskOutcome.NotPerformed: notPerformed++; break;
                default: excluded.Add(municipality); break;
            }
        }
        return new TaskFigures(task, performed, notPerformed, [.. excluded.Order(StringComparer.Ordinal)]);
    }
}
