using Mcro.Indicators;

namespace Mcro.Tests.Indicators;

public class IndicatorCalculatorTests
{
    [Fact]
    public void Asking_for_a_year_that_was_not_loaded_is_a_programming_error_not_a_year_of_zeros()
    {
        var dataset = new TestDataset().Municipality("decan", 2011).EmptyYear(2018).Build();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorCalculator.Compute(dataset, 2019));
        Assert.Contains("no data for 2019", error.Message);
    }

    [Fact]
    public void Offices_come_from_municipalities_csv_and_their_figures_from_the_years_files()
    {
        var figures = IndicatorCalculator.Compute(new TestDataset()
            .Municipality("decan", 2011)
            .Municipality("viti", 2010)
            .Office(2018, "viti", "yyyyyyyy", workPlan: false)
            .Office(2018, "decan", "nnnnnnnn")
            .Build(), 2018);

        Assert.Equal(2, figures.Offices);
        Assert.Equal(2010, figures.FirstEstablished);
        Assert.Equal(new YesNoCount(1, 1), figures.WorkPlans);
        Assert.Equal(new[] { "decan", "viti" }, figures.PerOffice.Select(o => o.Municipality));
        Assert.Equal(new[] { 1, 0, 0, 0, 0, 0, 0, 0, 1 }, figures.TasksPerformed.Distribution);
    }
}
