using Mcro.Indicators;
using Mcro.Model;

namespace Mcro.Tests.Indicators;

/// <summary>2018 figures of the sample data, counted by hand from data/2018/*.csv and notes.yaml.</summary>
public class SampleData2018Tests
{
    private static readonly YearIndicators Figures = IndicatorCalculator.Compute(SampleData.Dataset, 2018);

    private static OfficeFigures Office(string code) => Figures.PerOffice.Single(o => o.Municipality == code);

    private static TaskFigures Task(string key) => Figures.Tasks.Single(t => t.Task == key);

    [Fact]
    public void Establishment_38_municipalities_35_mocrs_since_2010_and_the_three_northern_similar_offices()
    {
        Assert.Equal((38, 35, 2010), (Figures.Municipalities, Figures.Offices, Figures.FirstEstablished));
        Assert.Equal(new[] { "leposaviq", "mitrovice-north", "zubin-potok" }, Figures.SimilarOffices);
    }

    [Fact]
    public void Reporting_three_offices_without_work_plan_and_five_without_annual_report()
    {
        // work_plan no: podujeve, malisheve, hani-i-elezit; annual_report no: mitrovice-south, podujeve, malisheve, junik, kllokot.
        Assert.Equal(new YesNoCount(32, 3), Figures.WorkPlans);
        Assert.Equal(new YesNoCount(30, 5), Figures.AnnualReports);
    }

    [Fact]
    public void Staff_totals_are_the_rows_of_staff_csv_by_gender()
    {
        Assert.Equal((123, 53, 70), (Figures.Staff.Total, Figures.Staff.Female, Figures.Staff.Male));
        Assert.Equal("albanian", Figures.Staff.ByCommunity[0].Community);
        Assert.DoesNotContain(Figures.Staff.ByCommunity, c => c.Community == "other");
    }

    [Fact]
    public void Mamushe_is_excluded_from_coordination_only()
    {
        // coordination no: podujeve, drenas, kacanik, hani-i-elezit, zvecan; n/a: junik, mamushe.
        var coordination = Task("coordination");
        Assert.Equal((28, 5), (coordination.Performed, coordination.NotPerformed));
        Assert.Equal(new[] { "junik", "mamushe" }, coordination.Excluded);
        Assert.All(Figures.Tasks.Where(t => t.Task != "coordination"), t => Assert.Equal(new[] { "junik" }, t.Excluded));

        var mamushe = Office("mamushe");
        Assert.Equal(3, mamushe.TasksPerformed); // contacts, projects, public_information of the seven others
        Assert.Equal(new[] { "coordination" }, mamushe.ExcludedTasks);
        Assert.Equal((3, 1, 2), (mamushe.Staff.Total, mamushe.Staff.Female, mamushe.Staff.Male));
        Assert.Equal(new[] { new CommunityStaff("albanian", 0, 1, 1), new CommunityStaff("turkish", 1, 1, 2) }, mamushe.Staff.ByCommunity);
    }

    [Fact]
    public void Junik_is_excluded_from_every_task_and_from_the_distribution()
    {
        Assert.Equal(new[] { "junik" }, Figures.TasksPerformed.Excluded);
        Assert.Equal(34, Figures.TasksPerformed.Distribution.Sum());

        var junik = Office("junik");
        Assert.Equal((Answer.Yes, Answer.No, 0), (junik.WorkPlan, junik.AnnualReport, junik.TasksPerformed));
        Assert.Equal(8, junik.ExcludedTasks.Length);
        Assert.Equal((2, 1, 1), (junik.Staff.Total, junik.Staff.Female, junik.Staff.Male));
    }

    [Fact]
    public void Contacts_was_not_performed_by_three_offices()
    {
        // contacts no: malisheve, skenderaj, hani-i-elezit; junik excluded.
        Assert.Equal((31, 3), (Task("contacts").Performed, Task("contacts").NotPerformed));
    }

    [Fact]
    public void Decan_prizren_and_prishtine_as_counted_from_their_rows()
    {
        var decan = Office("decan");
        Assert.Equal((Answer.Yes, Answer.Yes, 3), (decan.WorkPlan, decan.AnnualReport, decan.TasksPerformed));
        Assert.Equal(new[] { new CommunityStaff("albanian", 0, 1, 1), new CommunityStaff("egyptian", 1, 0, 1) }, decan.Staff.ByCommunity);

        var prizren = Office("prizren");
        Assert.Equal(7, prizren.TasksPerformed); // all but policy_monitoring
        Assert.Equal(new[] { "albanian", "bosniak", "turkish", "roma", "gorani" }, prizren.Staff.ByCommunity.Select(c => c.Community));
        Assert.Equal((6, 3, 3), (prizren.Staff.Total, prizren.Staff.Female, prizren.Staff.Male));

        Assert.Equal(8, Office("prishtine").TasksPerformed);
    }

    [Fact]
    public void Distribution_of_tasks_performed_matches_the_offices_counts()
    {
        var fromOffices = Figures.PerOffice.Where(o => o.Municipality != "junik").GroupBy(o => o.TasksPerformed).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(Enumerable.Range(0, 9).Select(i => fromOffices.GetValueOrDefault(i)), Figures.TasksPerformed.Distribution);
        Assert.Equal(3, Figures.TasksPerformed.Distribution[8]); // prishtine, fushe-kosove, gracanice
    }
}
