using CsCheck;
using Mcro.Indicators;
using Mcro.Indicators.Change;
using Mcro.Indicators.Figures;
using Mcro.Validation;

namespace Mcro.Tests.Indicators.Change;

/// <summary>Laws of the change between years and of the trend series, on generated datasets of several years.</summary>
public class ChangePropertyTests
{
    private static IReadOnlyDictionary<int, YearIndicators> Compute((int Years, YearSeriesDatasets.OfficeSpec[] Offices) spec) =>
        IndicatorCalculator.ComputeEveryYear(YearSeriesDatasets.Build(spec.Years, spec.Offices));

    [Fact]
    public void Generated_series_are_valid()
    {
        YearSeriesDatasets.Specs.Sample(spec => Assert.Empty(DatasetValidator.Validate(YearSeriesDatasets.Build(spec.Years, spec.Offices))));
    }

    [Fact]
    public void The_change_from_one_year_to_the_next_is_the_difference_of_their_figures()
    {
        YearSeriesDatasets.Specs.Sample(spec =>
        {
            var years = Compute(spec);
            var changes = YearChange.EveryYear(years);
            Assert.Equal(years.Count - 1, changes.Count);
            Assert.DoesNotContain(years.Keys.Min(), changes.Keys);
            foreach (var change in changes.Values)
            {
                var before = HeadlineFigures.Of(years[change.PreviousYear]).ToDictionary(f => f.Key);
                var now = HeadlineFigures.Of(years[change.Year]).ToDictionary(f => f.Key);
                Assert.Equal(change.Year - 1, change.PreviousYear);
                foreach (var f in change.Figures)
                {
                    Assert.Equal(now[f.Current.Key].Count - before[f.Current.Key].Count, f.CountDifference);
                    var expected = f.Basis switch
                    {
                        ChangeBasis.Share => now[f.Current.Key].Share!.Value - before[f.Current.Key].Share!.Value,
                        ChangeBasis.Mean => now[f.Current.Key].Value - before[f.Current.Key].Value,
                        _ => now[f.Current.Key].Count - before[f.Current.Key].Count,
                    };
                    Assert.Equal(expected, f.Difference, 9);
                }
            }
        });
    }

    [Fact]
    public void Counts_are_compared_only_where_both_years_count_out_of_the_same_offices()
    {
        YearSeriesDatasets.Specs.Sample(spec =>
        {
            foreach (var f in YearChange.EveryYear(Compute(spec)).Values.SelectMany(c => c.Figures))
            {
                if (f.Basis == ChangeBasis.Count && f.Current.Share is not null && f.Previous.Share is not null) Assert.False(f.BaseDiffers);
                if (f.Basis == ChangeBasis.Share) Assert.True(f.BaseDiffers);
            }
        });
    }

    [Fact]
    public void Shares_stay_between_zero_and_one()
    {
        YearSeriesDatasets.Specs.Sample(spec =>
        {
            foreach (var figure in Compute(spec).Values.SelectMany(y => HeadlineFigures.Of(y)))
                if (figure.Share is { } share) Assert.InRange(share, 0, 1);
        });
    }

    [Fact]
    public void A_series_breaks_exactly_where_the_offices_counted_change()
    {
        YearSeriesDatasets.Specs.Sample(spec =>
        {
            var years = Compute(spec);
            foreach (var series in TrendSeries.Of(years))
            {
                Assert.Equal(years.Keys.Order(), series.Years);
                var expected = series.Years.Skip(1).Where((_, i) => !series.Points[i + 1].SameBaseAs(series.Points[i]));
                Assert.Equal(expected, series.Breaks);
                if (series.First.Figure == FigureCatalog.TasksPerformed)
                {
                    // A task's base is the offices assessed for it: any change in their number or in those left out breaks it.
                    var bases = series.Points.Select(p => (p.Base, p.Offices, string.Join(",", p.Excluded))).ToList();
                    Assert.Equal(bases.Skip(1).Where((b, i) => b != bases[i]).Count(), series.Breaks.Length);
                }
            }
        });
    }
}
