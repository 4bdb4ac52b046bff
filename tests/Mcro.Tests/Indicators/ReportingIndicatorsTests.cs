using Mcro.Indicators;

namespace Mcro.Tests.Indicators;

public class ReportingIndicatorsTests
{
    private static readonly Mcro.Model.YearData Year = new TestDataset()
        .Office(2019, "decan", "yyyyyyyy", workPlan: true, annualReport: false)
        .Office(2019, "junik", "--------", workPlan: false, annualReport: false)
        .Office(2019, "viti", "nnnnnnnn", workPlan: true, annualReport: true)
        .ExcludeFromAll(2019, "junik")
        .Build().Years[2019];

    [Fact]
    public void Work_plans_count_the_offices_that_answered_yes_and_no()
    {
        Assert.Equal(new YesNoCount(2, 1), ReportingIndicators.WorkPlans(Year.Offices));
    }

    [Fact]
    public void Annual_reports_count_the_offices_that_answered_yes_and_no_even_those_excluded_from_tasks()
    {
        Assert.Equal(new YesNoCount(1, 2), ReportingIndicators.AnnualReports(Year.Offices));
    }
}
