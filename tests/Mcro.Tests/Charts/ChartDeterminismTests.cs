using System.Globalization;
using Mcro.Charts;

namespace Mcro.Tests.Charts;

/// <summary>The same chart gives the same bytes whatever ran before, on any thread, under any current culture.</summary>
public sealed class ChartDeterminismTests
{
    [Theory]
    [InlineData("sr-Latn-RS")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("tr-TR")]
    public void Current_culture_does_not_change_a_byte(string culture)
    {
        string expected = RenderAll(CultureInfo.InvariantCulture);

        Assert.Equal(expected, RenderAll(CultureInfo.GetCultureInfo(culture)));
    }

    [Fact]
    public void Rendering_other_charts_in_between_does_not_change_a_byte()
    {
        string first = SvgChartRenderer.Render(ChartFixtures.GenderSerbian());
        _ = SvgChartRenderer.Render(ChartFixtures.TasksAlbanian());
        _ = SvgChartRenderer.RenderInline(ChartFixtures.StaffEnglish());

        Assert.Equal(first, SvgChartRenderer.Render(ChartFixtures.GenderSerbian()));
    }

    [Fact]
    public void Charts_rendered_in_parallel_equal_those_rendered_one_by_one()
    {
        ChartSpec[] charts = [ChartFixtures.TasksAlbanian(), ChartFixtures.GenderSerbian(), ChartFixtures.WorkPlansCyrillic(), ChartFixtures.StaffEnglish()];
        string[] sequential = [.. charts.Select(SvgChartRenderer.Render)];

        string[][] parallel = [.. Enumerable.Range(0, 8).AsParallel().Select(_ => charts.Select(SvgChartRenderer.Render).ToArray())];

        Assert.All(parallel, run => Assert.Equal(sequential, run));
    }

    private static string RenderAll(CultureInfo culture)
    {
        CultureInfo before = CultureInfo.CurrentCulture, beforeUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return string.Concat(
                SvgChartRenderer.Render(ChartFixtures.TasksAlbanian()),
                SvgChartRenderer.RenderInline(ChartFixtures.GenderSerbian()),
                SvgChartRenderer.Render(ChartFixtures.WorkPlansCyrillic()),
                SvgChartRenderer.RenderInline(ChartFixtures.StaffEnglish()));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }
}
