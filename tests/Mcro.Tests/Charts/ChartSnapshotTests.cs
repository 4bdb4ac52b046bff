using Mcro.Charts;

namespace Mcro.Tests.Charts;

/// <summary>Whole SVGs of representative charts: any change to layout, colours or markup shows up as a diff to approve.</summary>
public sealed class ChartSnapshotTests
{
    [Fact]
    public void Core_tasks_as_stacked_bars_with_long_Albanian_labels_standalone() =>
        ChartSnapshot.Verify(SvgChartRenderer.Render(ChartFixtures.TasksAlbanian()), "core-tasks.sq.standalone");

    [Fact]
    public void Gender_by_community_as_stacked_columns_with_turned_labels_inline() =>
        ChartSnapshot.Verify(SvgChartRenderer.RenderInline(ChartFixtures.GenderSerbian()), "gender-by-community.sr.inline");

    [Fact]
    public void Work_plans_as_columns_in_Cyrillic_standalone() =>
        ChartSnapshot.Verify(SvgChartRenderer.Render(ChartFixtures.WorkPlansCyrillic()), "work-plans.sr-Cyrl.standalone");

    [Fact]
    public void Staff_as_grouped_bars_with_thousands_inline() =>
        ChartSnapshot.Verify(SvgChartRenderer.RenderInline(ChartFixtures.StaffEnglish()), "staff-by-community.en.inline");
}
