using Mcro.Indicators;
using Mcro.Model;

namespace Mcro.Tests.Indicators;

public class OfficeIndicatorsTests
{
    private static readonly Dataset Dataset = new TestDataset()
        .Office(2018, "mamushe", "yn-ynnny", workPlan: true, annualReport: false)
        .Office(2018, "junik", "--------", workPlan: false, annualReport: true)
        .Office(2018, "decan", "yyyyyyyy")
        .Exclude(2018, "mamushe", "coordination")
        .ExcludeFromAll(2018, "junik")
        .Staff(2018, "mamushe", "turkish", Gender.Female, Position.Head)
        .Staff(2018, "mamushe", "albanian", Gender.Male)
        .Staff(2018, "mamushe", "turkish", Gender.Male)
        .Staff(2018, "decan", "albanian", Gender.Male)
        .Build();

    private static OfficeFigures Office(string code) =>
        OfficeIndicators.Of(Dataset, Dataset.Years[2018]).Single(o => o.Municipality == code);

    [Fact]
    public void Offices_are_sorted_by_municipality_code()
    {
        Assert.Equal(new[] { "decan", "junik", "mamushe" }, OfficeIndicators.Of(Dataset, Dataset.Years[2018]).Select(o => o.Municipality));
    }

    [Fact]
    public void An_office_shows_its_answers_tasks_performed_and_its_own_staff_by_community_and_gender()
    {
        var mamushe = Office("mamushe");

        Assert.Equal((Answer.Yes, Answer.No, 3), (mamushe.WorkPlan, mamushe.AnnualReport, mamushe.TasksPerformed));
        Assert.Equal((3, 1, 2), (mamushe.Staff.Total, mamushe.Staff.Female, mamushe.Staff.Male));
        Assert.Equal(new[] { new CommunityStaff("albanian", 0, 1, 1), new CommunityStaff("turkish", 1, 1, 2) }, mamushe.Staff.ByCommunity);
        Assert.Equal(new[] { "coordination" }, mamushe.ExcludedTasks);
        Assert.Equal(Answer.NotApplicable, mamushe.TaskAnswers.Single(a => a.Task == "coordination").Answer);
        Assert.Equal(TestDataset.TaskKeys, mamushe.TaskAnswers.Select(a => a.Task));
    }

    [Fact]
    public void An_office_excluded_from_all_tasks_performed_none_and_lists_every_task_as_excluded()
    {
        var junik = Office("junik");

        Assert.Equal(0, junik.TasksPerformed);
        Assert.Equal(TestDataset.TaskKeys, junik.ExcludedTasks);
        Assert.All(junik.TaskAnswers, a => Assert.Equal(Answer.NotApplicable, a.Answer));
        Assert.Equal(0, junik.Staff.Total);
    }
}
