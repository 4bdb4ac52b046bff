using System.Collections.Immutable;
using System.Globalization;
using Mcro.Indicators.Change;
using Mcro.Localization;
using Mcro.Producers.Sheet;
using Mcro.Tests.Site;
using F = Mcro.Indicators.Figures.FigureCatalog;

namespace Mcro.Tests.Indicators.Change;

/// <summary>
/// The page's rounding (one decimal of percent or mean, half away from zero, in decimal arithmetic) and the change it
/// shows: the difference of the two rounded numbers, with the words and direction of that difference.
/// </summary>
public class DisplayRuleTests
{
    [Theory]
    [InlineData(31, 34, "91.2")]
    [InlineData(34, 35, "97.1")]
    [InlineData(1823, 2000, "91.2")] // 91.15 exactly: half away from zero, although the double 0.9115 is 0.91149999…
    [InlineData(1, 16, "6.3")] // 6.25: banker's rounding would print 6.2
    [InlineData(3, 16, "18.8")] // 18.75: banker's rounding prints 18.8 too
    [InlineData(1, 3, "33.3")]
    [InlineData(2, 3, "66.7")]
    [InlineData(0, 35, "0.0")]
    [InlineData(0, 0, "0")]
    public void A_share_is_printed_in_percent_rounded_half_away_from_zero_at_one_decimal(int count, int of, string expected)
    {
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), DisplayRule.Percent(count, of));
    }

    [Theory]
    [InlineData(1, 4, "0.3")] // 0.25
    [InlineData(3, 4, "0.8")] // 0.75
    [InlineData(3, 8, "0.4")] // 0.375
    [InlineData(157, 34, "4.6")]
    [InlineData(170, 35, "4.9")]
    [InlineData(5, 0, "0")]
    public void A_mean_is_rounded_half_away_from_zero_at_one_decimal(int sum, int of, string expected)
    {
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), DisplayRule.Mean(sum, of));
    }

    [Fact]
    public void The_issues_example_changes_by_the_difference_of_the_shares_shown()
    {
        var change = Share(31, 34, 34, 35);
        Assert.Equal(ChangeBasis.Share, change.Basis);
        Assert.Equal(91.2m, change.DisplayedPrevious);
        Assert.Equal(97.1m, change.DisplayedCurrent);
        Assert.Equal(5.9m, change.DisplayedDifference);
        Assert.Equal("+5,9", FigureFormat.Change(change, Edition.For("sr")));
        Assert.Equal("+5.9", FigureFormat.Change(change, Edition.For("en")));
        Assert.Equal("97,1%", FigureFormat.Value(change.Current, true, Edition.For("sq")));
    }

    [Fact]
    public void The_issues_mean_changes_by_the_difference_of_the_means_shown()
    {
        var change = new FigureChange(new(F.TasksPerformedMean, "", 170, 35, 35, []), new(F.TasksPerformedMean, "", 157, 34, 35, ["junik"]));
        Assert.Equal(ChangeBasis.Mean, change.Basis);
        Assert.Equal("4,6", FigureFormat.Value(change.Previous, false, Edition.For("sr")));
        Assert.Equal("4,9", FigureFormat.Value(change.Current, false, Edition.For("sr")));
        Assert.Equal("+0,3", FigureFormat.Change(change, Edition.For("sr")));
    }

    [Fact]
    public void A_fall_is_down_by_the_difference_shown_with_the_editions_minus()
    {
        var change = Share(3, 34, 3, 35);
        Assert.Equal(-0.2m, change.DisplayedDifference);
        Assert.Equal(NumberStyle.For("sr").Minus + "0,2", FigureFormat.Change(change, Edition.For("sr")));
        var (words, direction) = ChangeModel.Words(change, English, "2018");
        Assert.Equal("down", direction);
        Assert.StartsWith("0.2 ", words);
    }

    [Fact]
    public void A_change_that_rounds_away_reads_as_no_change()
    {
        // 33.28% and 33.34% both print 33.3%: the exact 0.06 points would have printed "+0.1".
        var change = Share(1664, 5000, 3334, 10000);
        Assert.Equal(0m, change.DisplayedDifference);
        Assert.Equal("0,0", FigureFormat.Change(change, Edition.For("sr")));
        Assert.Equal("same", ChangeModel.Words(change, English, "2018").Direction);
    }

    [Fact]
    public void A_change_rounds_from_the_values_shown_even_where_the_exact_difference_rounds_the_other_way()
    {
        // 33.34% → 33.3%, 33.46% → 33.5%: the page shows +0.2 where the exact 0.12 points would have printed "+0.1".
        var change = Share(3334, 10000, 1673, 5000);
        Assert.Equal(0.2m, change.DisplayedDifference);
        Assert.StartsWith("+0.2 ", ChangeModel.Words(change, English, "2018").Text);
    }

    [Fact]
    public void Figures_print_the_same_under_every_current_culture()
    {
        var change = Share(31, 34, 34, 35);
        var original = CultureInfo.CurrentCulture;
        try
        {
            var printed = new[] { "en-US", "de-DE", "tr-TR", "ar-SA", "fa-IR", "sr-Cyrl-RS" }.Select(name =>
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
                return FigureFormat.Value(change.Current, true, Edition.For("sq")) + " " + FigureFormat.Change(change, Edition.For("sq"));
            }).Distinct().ToList();
            Assert.Equal(["97,1% +5,9"], printed);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    private static readonly TextCatalog English = new(SiteFixture.Dataset.I18n, Edition.For("en"), "i18n/en.yaml");

    /// <summary>A task's figure counted out of different offices in the two years, so compared as shares.</summary>
    private static FigureChange Share(int count, int of, int nowCount, int nowOf) => new(
        new(F.TasksPerformed, "contacts", nowCount, nowOf, nowOf, ImmutableArray<string>.Empty),
        new(F.TasksPerformed, "contacts", count, of, of, ["junik"]));
}
