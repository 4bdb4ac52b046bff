using Mcro.Charts;

namespace Mcro.Producers.Sheet;

/// <summary>A chart of a sheet and how its data table reads: a share column for parts of one whole, totals where they add up.</summary>
public sealed record SheetChart(ChartSpec Spec, bool ShareColumn, bool TotalColumn, bool TotalRow);

/// <summary>The charts of one sheet, in page order.</summary>
public sealed record SheetChartSet(
    SheetChart WorkPlans,
    SheetChart AnnualReports,
    SheetChart GenderByCommunity,
    SheetChart StaffByCommunity,
    SheetChart CoreTasks,
    SheetChart TasksPerformed)
{
    public IReadOnlyList<SheetChart> All => [WorkPlans, AnnualReports, GenderByCommunity, StaffByCommunity, CoreTasks, TasksPerformed];
}
