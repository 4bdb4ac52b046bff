using Mcro.Producers.Figures;

namespace Mcro.Producers.Sheet;

/// <summary>The charts of one sheet, in page order, each laid out once: the page inlines it and its file is written from the same drawing.</summary>
public sealed record SheetChartSet(
    FigureChart WorkPlans,
    FigureChart AnnualReports,
    FigureChart GenderByCommunity,
    FigureChart StaffByCommunity,
    FigureChart CoreTasks,
    FigureChart TasksPerformed)
{
    public IReadOnlyList<FigureChart> All => [WorkPlans, AnnualReports, GenderByCommunity, StaffByCommunity, CoreTasks, TasksPerformed];
}
