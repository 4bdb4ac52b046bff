using Mcro.Localization;
using Mcro.Producers.MechanismTrends;

namespace Mcro.Tests.Series;

/// <summary>A mechanism's figures of every year as its trends page groups them (Fixtures/series-landing: xc in 2018 and 2019).</summary>
public class MechanismTrendsModelTests
{
    private static IReadOnlyList<TrendGroup> Groups(string tag)
    {
        var context = SeriesFixture.Context();
        var mechanism = context.Dataset.FindMechanism("xc")!;
        return MechanismTrendsModel.Groups(mechanism, [.. context.Series["xc"].Values], context.Texts[Edition.For(tag)]);
    }

    [Fact]
    public void Every_part_the_definition_has_is_a_group_with_a_line_per_figure_and_a_value_per_year()
    {
        var groups = Groups("en");
        Assert.Equal(["establishment", "functioning", "people", "duties"], groups.Select(g => g.Id));
        var establishment = groups[0].Lines;
        Assert.Equal([6, 6], establishment[0].Values.ToArray());   // every municipality
        Assert.Equal([3, 4], establishment[1].Values.ToArray());   // established (yes or vacant)
        Assert.Equal([3, 3], establishment[2].Values.ToArray());   // mandatory (non-majority communities at least 10 %)
        Assert.Equal([3, 3], establishment[3].Values.ToArray());   // established where mandatory
        Assert.Equal("Meets every month", groups[1].Lines.Single().Label);
        Assert.Equal([1, 3], groups[1].Lines.Single().Values.ToArray());
        Assert.Equal([[3, 7], [1, 4], [2, 3]], groups[2].Lines.Select(l => l.Values.ToArray()));
        Assert.Equal("Members", groups[2].Heading);
        Assert.Equal([2, 3], groups[3].Lines.Single().Values.ToArray());
    }

    [Fact]
    public void A_mechanism_without_indicators_or_duties_has_no_group_for_them()
    {
        var context = SeriesFixture.Context();
        var mechanism = context.Dataset.FindMechanism("xc")! with { Indicators = [], Duties = [] };
        var groups = MechanismTrendsModel.Groups(mechanism, [.. context.Series["xc"].Values], context.Texts[Edition.For("sq")]);
        Assert.Equal(["establishment", "people"], groups.Select(g => g.Id));
    }

    [Fact]
    public void The_definitions_words_are_written_in_cyrillic_in_the_cyrillic_edition()
    {
        var groups = Groups("sr-Cyrl");
        Assert.Equal("Састаје се сваког месеца", groups[1].Lines.Single().Label);
        Assert.Equal("Чланови", groups[2].Heading);
    }

    [Fact]
    public void The_table_has_a_column_per_year_and_a_group_per_part_in_the_editions_numbers()
    {
        var context = SeriesFixture.Context();
        var text = context.Texts[Edition.For("sr")];
        var groups = Groups("sr");
        var table = MechanismTrendsModel.Table(groups, [2018, 2019], text);
        Assert.Equal(["2018", "2019"], table.Years);
        Assert.Equal(groups.Select(g => g.Heading), table.Groups.Select(g => g.Heading));
        Assert.Equal(["3", "7"], table.Groups[2].Rows[0].Cells);
    }

    [Fact]
    public void Each_chart_describes_every_year_to_a_screen_reader()
    {
        var context = SeriesFixture.Context();
        var text = context.Texts[Edition.For("en")];
        var groups = Groups("en");
        var people = MechanismTrendsModel.Chart(groups[2], [2018, 2019], text);
        Assert.Equal("2018: Total 3, Women 1, Men 2; 2019: Total 7, Women 4, Men 3.", people.Chart.Spec.Description);
        var duties = MechanismTrendsModel.Chart(groups[3], [2018, 2019], text);
        Assert.Equal("Reports to the assembly: 2018 2, 2019 3.", duties.Chart.Spec.Description);
        Assert.Equal(["2018", "2019"], duties.Chart.Spec.Series.Select(s => s.Name));
    }
}
