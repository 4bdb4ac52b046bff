using Mcro.Indicators;

namespace Mcro.Tests.Indicators;

public class TaskIndicatorsTests
{
    private static readonly Mcro.Model.Dataset Dataset = new TestDataset()
        .Office(2018, "prishtine", "yyyyyyyy")
        .Office(2018, "podujeve", "ynnnnnny")
        .Office(2018, "mamushe", "yn-ynnny")
        .Office(2018, "junik", "--------")
        .Exclude(2018, "mamushe", "coordination")
        .ExcludeFromAll(2018, "junik")
        .Build();

    private static TaskFigures Task(string key) =>
        TaskIndicators.Of(Dataset.Tasks, OfficeIndicators.Of(Dataset, Dataset.Years[2018])).Single(t => t.Task == key);

    [Fact]
    public void Tasks_come_in_tasks_csv_order_one_entry_per_task()
    {
        var tasks = TaskIndicators.Of(Dataset.Tasks, OfficeIndicators.Of(Dataset, Dataset.Years[2018]));

        Assert.Equal(TestDataset.TaskKeys, tasks.Select(t => t.Task));
    }

    [Fact]
    public void A_task_counts_offices_that_performed_it_and_did_not_and_lists_the_excluded()
    {
        var contacts = Task("contacts");
        Assert.Equal((3, 0), (contacts.Performed, contacts.NotPerformed));
        Assert.Equal(new[] { "junik" }, contacts.Excluded);
        Assert.Equal((1, 2), (Task("assessment").Performed, Task("assessment").NotPerformed));
    }

    [Fact]
    public void An_office_excluded_from_one_task_is_excluded_there_only_and_excluded_codes_are_sorted()
    {
        var coordination = Task("coordination");

        Assert.Equal((1, 1), (coordination.Performed, coordination.NotPerformed));
        Assert.Equal(new[] { "junik", "mamushe" }, coordination.Excluded);
        Assert.Equal(new[] { "junik" }, Task("projects").Excluded);
    }

    [Fact]
    public void Exclusions_decide_what_is_excluded_as_written_in_notes_yaml()
    {
        Assert.Equal(Mcro.Model.Answer.NotApplicable, OfficeIndicators.AsCounted(Mcro.Model.Answer.NotApplicable, excluded: true));
        Assert.Equal(Mcro.Model.Answer.Yes, OfficeIndicators.AsCounted(Mcro.Model.Answer.Yes, excluded: false));
        Assert.Equal(Mcro.Model.Answer.No, OfficeIndicators.AsCounted(Mcro.Model.Answer.No, excluded: false));
    }
}
