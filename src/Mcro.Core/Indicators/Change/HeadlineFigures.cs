using System.Collections.Immutable;
using F = Mcro.Indicators.Figures.FigureCatalog;

namespace Mcro.Indicators.Change;

/// <summary>The figures a reader compares between years (<see cref="Figures.FigureCatalog.Headlines"/>), taken from one year's indicators, always in the same order.</summary>
public static class HeadlineFigures
{
    public static ImmutableArray<HeadlineFigure> Of(YearIndicators y)
    {
        ImmutableArray<string> none = [];
        var tasks = y.TasksPerformed;
        var assessed = F.Assessed(tasks);
        var offices = F.Offices.Read(y);
        return
        [
            new(F.Offices, "", offices, F.Municipalities.Read(y), null, none),
            new(F.WorkPlansYes, "", F.WorkPlansYes.Read(y), F.WorkPlansYes.Read(y) + F.WorkPlansNo.Read(y), offices, none),
            new(F.AnnualReportsYes, "", F.AnnualReportsYes.Read(y), F.AnnualReportsYes.Read(y) + F.AnnualReportsNo.Read(y), offices, none),
            new(F.Staff.Total, "", F.Staff.Total.Read(y.Staff), null, offices, none),
            new(F.Staff.Female, "", F.Staff.Female.Read(y.Staff), null, offices, none),
            .. y.Tasks.Select(t => new HeadlineFigure(F.TasksPerformed, t.Task, F.TasksPerformed.Read(t),
                F.TasksPerformed.Read(t) + F.TasksNotPerformed.Read(t), offices, F.TasksExcluded.Count.Read(t))),
            new(F.TasksPerformedAll, "", F.TasksPerformedAll.Read(tasks), assessed, offices, tasks.Excluded),
            // A mean is kept as the sum it is the mean of, over the offices assessed (HeadlineFigure.Value).
            new(F.TasksPerformedMean, "", F.TaskSum(tasks), assessed, offices, tasks.Excluded),
        ];
    }
}
