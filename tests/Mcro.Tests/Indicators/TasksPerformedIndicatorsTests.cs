using Mcro.Indicators;

namespace Mcro.Tests.Indicators;

public class TasksPerformedIndicatorsTests
{
    private static TasksPerformedFigures Compute(TestDataset data)
    {
        var dataset = data.Build();
        return TasksPerformedIndicators.Of(dataset.Tasks.Length, OfficeIndicators.Of(dataset, dataset.Years[2018]));
    }

    [Fact]
    public void Distribution_has_one_entry_per_possible_count_from_zero_to_all_eight()
    {
        var figures = Compute(new TestDataset()
            .Office(2018, "prishtine", "yyyyyyyy")
            .Office(2018, "decan", "yynnnnny")
            .Office(2018, "viti", "nnnnnnnn")
            .Office(2018, "drenas", "ynnynnnn"));

        Assert.Equal(new[] { 1, 0, 1, 1, 0, 0, 0, 0, 1 }, figures.Distribution);
        Assert.Empty(figures.Excluded);
    }

    [Fact]
    public void An_office_excluded_from_all_tasks_is_left_out_of_the_distribution_and_listed()
    {
        var figures = Compute(new TestDataset()
            .Office(2018, "prishtine", "yyyyyyyy")
            .Office(2018, "junik", "--------")
            .ExcludeFromAll(2018, "junik"));

        Assert.Equal(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 1 }, figures.Distribution);
        Assert.Equal(new[] { "junik" }, figures.Excluded);
    }

    [Fact]
    public void An_office_excluded_from_some_tasks_counts_the_tasks_it_performed_among_the_rest()
    {
        var figures = Compute(new TestDataset()
            .Office(2018, "mamushe", "yy-yyyyy")
            .Exclude(2018, "mamushe", "coordination"));

        Assert.Equal(1, figures.Distribution[7]);
        Assert.Empty(figures.Excluded);
    }

    [Fact]
    public void An_exclusion_that_names_every_task_counts_as_excluded_from_all()
    {
        var figures = Compute(new TestDataset()
            .Office(2018, "junik", "--------")
            .Exclude(2018, "junik", [.. TestDataset.TaskKeys]));

        Assert.Equal(0, figures.Distribution.Sum());
        Assert.Equal(new[] { "junik" }, figures.Excluded);
    }
}
