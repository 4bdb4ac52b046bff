using Mcro.Indicators;
using Mcro.Indicators.Change;

namespace Mcro.Tests.Indicators.Change;

/// <summary>The sample's case in small: an office left out one year, another office opening the next.</summary>
public class ChangeExampleTests
{
    private static IReadOnlyDictionary<int, YearIndicators> ThreeYears()
    {
        var data = new TestDataset().EmptyYear(2018).EmptyYear(2019).EmptyYear(2020)
            .Municipality("a", 2010).Municipality("b", 2010).Municipality("c", 2020);
        data.Office(2018, "a", "yyyyyyyy").Office(2018, "b", "--------", workPlan: false).ExcludeFromAll(2018, "b");
        data.Office(2019, "a", "yyyyyyyy").Office(2019, "b", "nnnnnnnn");
        data.Office(2020, "a", "yyyyyyyy").Office(2020, "b", "yyyyyyyy").Office(2020, "c", "nnnnnnnn");
        return IndicatorCalculator.ComputeEveryYear(data.Build());
    }

    [Fact]
    public void Tasks_are_compared_as_shares_after_a_year_with_exclusions_and_reporting_as_counts_on_the_same_offices()
    {
        var change = YearChange.EveryYear(ThreeYears())[2019];
        var contacts = change.Figures.Single(f => f.Current.Task == "contacts");
        Assert.Equal(ChangeBasis.Share, contacts.Basis);
        Assert.Equal(0.5 - 1.0, contacts.Difference, 9);
        var workPlans = change.Figures.Single(f => f.Current.Figure.Key == "workPlans.yes");
        Assert.Equal(ChangeBasis.Count, workPlans.Basis);
        Assert.Equal(1, workPlans.Difference);
    }

    [Fact]
    public void A_new_office_changes_the_base_of_every_office_figure_but_not_the_count_of_offices()
    {
        var change = YearChange.EveryYear(ThreeYears())[2020];
        Assert.Equal(ChangeBasis.Count, change.Figures.Single(f => f.Current.Figure.Key == "offices").Basis);
        Assert.Equal(1, change.Figures.Single(f => f.Current.Figure.Key == "offices").Difference);
        Assert.Equal(ChangeBasis.Share, change.Figures.Single(f => f.Current.Figure.Key == "workPlans.yes").Basis);
        Assert.True(change.Figures.Single(f => f.Current.Figure.Key == "staff.total").BaseDiffers);
    }

    [Fact]
    public void The_series_of_a_task_breaks_where_an_exclusion_ends_and_where_an_office_opens()
    {
        var series = TrendSeries.Of(ThreeYears()).Single(s => s.Key == "tasks.performed/contacts");
        Assert.Equal(new[] { 2019, 2020 }, series.Breaks.ToArray());
        Assert.True(series.ShowsShares);
        Assert.Empty(TrendSeries.Of(ThreeYears()).Single(s => s.Key == "offices").Breaks);
    }
}
