using Mcro.Charts;

namespace Mcro.Tests.Charts;

/// <summary>A column chart of counts out of a known whole (a profile's core tasks performed, out of eight) keeps its axis to that whole.</summary>
public sealed class AxisAtLeastTests
{
    private static ChartSpec ThreeOfEight(int atLeast) =>
        (ChartFixtures.WorkPlansCyrillic().With(["2018", "2019"], new ChartSeries("Обављени задаци", [3, 3])) with { Kind = ChartKind.Columns }) with { AxisAtLeast = atLeast };

    [Fact]
    public void The_axis_reaches_the_whole_even_when_every_bar_is_lower()
    {
        Assert.Contains(">8</text>", SvgChartRenderer.RenderInline(ThreeOfEight(8)), StringComparison.Ordinal);
        Assert.DoesNotContain(">8</text>", SvgChartRenderer.RenderInline(ThreeOfEight(0)), StringComparison.Ordinal);
    }
}
