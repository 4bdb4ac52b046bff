using CsCheck;
using Mcro.Downloads;
using Mcro.Indicators;
using Mcro.Validation;

namespace Mcro.Tests.Indicators;

/// <summary>Laws that hold for every valid dataset, checked on generated ones.</summary>
public class IndicatorPropertyTests
{
    private static YearIndicators Compute(GeneratedDatasets.MunicipalitySpec[] specs) =>
        IndicatorCalculator.Compute(GeneratedDatasets.Build(specs), GeneratedDatasets.Year);

    [Fact]
    public void Generated_datasets_are_valid()
    {
        GeneratedDatasets.Specs.Sample(specs => Assert.Empty(DatasetValidator.Validate(GeneratedDatasets.Build(specs))));
    }

    [Fact]
    public void For_every_task_performed_not_performed_and_excluded_add_up_to_the_offices()
    {
        GeneratedDatasets.Specs.Sample(specs =>
        {
            var figures = Compute(specs);
            Assert.Equal(8, figures.Tasks.Length);
            Assert.All(figures.Tasks, t => Assert.Equal(figures.Offices, t.Performed + t.NotPerformed + t.Excluded.Length));
        });
    }

    [Fact]
    public void Distribution_sums_to_the_offices_minus_those_excluded_from_all_tasks()
    {
        GeneratedDatasets.Specs.Sample(specs =>
        {
            var figures = Compute(specs);
            Assert.Equal(9, figures.TasksPerformed.Distribution.Length);
            Assert.Equal(figures.Offices - figures.TasksPerformed.Excluded.Length, figures.TasksPerformed.Distribution.Sum());
            var expectedExcluded = specs.Select((s, i) => (s, Code: $"m{i:00}")).Where(x => x.s.ExcludedFromAll).Select(x => x.Code);
            Assert.Equal(expectedExcluded, figures.TasksPerformed.Excluded);
        });
    }

    [Fact]
    public void Staff_by_community_sums_to_the_totals_and_offices_sum_to_the_whole()
    {
        GeneratedDatasets.Specs.Sample(specs =>
        {
            var staff = Compute(specs).Staff;
            Assert.Equal(staff.Female, staff.ByCommunity.Sum(c => c.Female));
            Assert.Equal(staff.Male, staff.ByCommunity.Sum(c => c.Male));
            Assert.Equal(staff.Total, staff.ByCommunity.Sum(c => c.Total));
            Assert.Equal(staff.Total, staff.Female + staff.Male);
            Assert.All(staff.ByCommunity, c => Assert.True(c.Total > 0));
            Assert.Equal(staff.Total, Compute(specs).PerOffice.Sum(o => o.Staff.Total));
        });
    }

    [Fact]
    public void Work_plans_and_annual_reports_count_every_office_once()
    {
        GeneratedDatasets.Specs.Sample(specs =>
        {
            var figures = Compute(specs);
            Assert.Equal(figures.Offices, figures.WorkPlans.Yes + figures.WorkPlans.No);
            Assert.Equal(figures.Offices, figures.AnnualReports.Yes + figures.AnnualReports.No);
            Assert.Equal(figures.Offices, figures.PerOffice.Length);
        });
    }

    [Fact]
    public void Results_do_not_depend_on_row_order_in_the_files()
    {
        Gen.Select(GeneratedDatasets.Specs, Gen.Int).Sample((specs, seed) =>
        {
            var dataset = GeneratedDatasets.Build(specs);
            var shuffled = GeneratedDatasets.Shuffled(dataset, seed);
            Assert.Equal(
                IndicatorsJsonWriter.Write(IndicatorCalculator.Compute(dataset, GeneratedDatasets.Year)),
                IndicatorsJsonWriter.Write(IndicatorCalculator.Compute(shuffled, GeneratedDatasets.Year)));
        });
    }
}
