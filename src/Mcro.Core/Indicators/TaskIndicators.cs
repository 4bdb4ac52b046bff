using System.Collections.Immutable;
using Mcro.Model;

namespace Mcro.Indicators;

/// <summary>The core-task charts: per task, the MOCRs that performed it, that did not, and those excluded from it.</summary>
public static class TaskIndicators
{
    /// <param name="tasks">The core tasks in tasks.csv order; each office's <see cref="OfficeFigures.TaskAnswers"/> follow the same order.</param>
    public static ImmutableArray<TaskFigures> Of(ImmutableArray<CoreTask> tasks, ImmutableArray<OfficeFigures> offices) =>
        [.. tasks.Select((task, i) => ForTask(task.Key, offices.Select(o => (o.Municipality, o.TaskAnswers[i].Answer))))];

    /// <param name="answers">Each office's answer as counted (<see cref="OfficeIndicators.AsCounted"/>): n/a is excluded.</param>
    public static TaskFigures ForTask(string task, IEnumerable<(string Municipality, Answer Answer)> answers)
    {
        int performed = 0, notPerformed = 0;
        var excluded = new List<string>();
        foreach (var (municipality, answer) in answers)
        {
            switch (answer)
            {
                case Answer.Yes: performed++; break;
                case Answer.No: notPerformed++; break;
                default: excluded.Add(municipality); break;
            }
        }
        return new TaskFigures(task, performed, notPerformed, [.. excluded.Order(StringComparer.Ordinal)]);
    }
}
