using System.Collections.Immutable;

namespace Mcro.Indicators.Change;

/// <summary>The figures a reader compares between years, taken from one year's indicators, always in the same order.</summary>
public static class HeadlineFigures
{
    public static ImmutableArray<HeadlineFigure> Of(YearIndicators y)
    {
        ImmutableArray<string> none = [];
        var assessed = y.TasksPerformed.Distribution.Sum();
        var taskSum = y.TasksPerformed.Distribution.Select((offices, tasks) => offices * tasks).Sum();
        return
        [
            new("offices", "", HeadlineKind.Count, y.Offices, y.Municipalities, null, none),
            new("workPlans.yes", "", HeadlineKind.Count, y.WorkPlans.Yes, y.WorkPlans.Yes + y.WorkPlans.No, y.Offices, none),
            new("annualReports.yes", "", HeadlineKind.Count, y.AnnualReports.Yes, y.AnnualReports.Yes + y.AnnualReports.No, y.Offices, none),
            new("staff.total", "", HeadlineKind.Count, y.Staff.Total, null, y.Offices, none),
            new("staff.female", "", HeadlineKind.Count, y.Staff.Female, null, y.Offices, none),
            .. y.Tasks.Select(t => new HeadlineFigure("tasks.performed", t.Task, HeadlineKind.Count, t.Performed,
                t.Performed + t.NotPerformed, y.Offices, t.Excluded)),
            new("tasksPerformed.all", "", HeadlineKind.Count, y.TasksPerformed.Distribution[^1], assessed, y.Offices, y.TasksPerformed.Excluded),
            new("tasksPerformed.mean", "", HeadlineKind.Mean, taskSum, assessed, y.Offices, y.TasksPerformed.Excluded),
        ];
    }
}
