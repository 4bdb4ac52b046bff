using System.Collections.Immutable;
using Mcro.Indicators;
using Mcro.Indicators.Change;
using Mcro.Indicators.Figures;
using Mcro.Model;
using F = Mcro.Indicators.Figures.FigureCatalog;

namespace Mcro.Tests.Indicators.Figures;

/// <summary>The catalogue itself, without files: one entry per key, each found by its key, each headline figure with its words and its change rows.</summary>
public class FigureCatalogTests
{
    private static readonly StaffFigures NoStaff = new(0, 0, 0, []);

    private static readonly YearIndicators Year = new(2019, 38, 35, 2010, ["leposaviq"], new YesNoCount(32, 3), new YesNoCount(30, 5),
        new StaffFigures(12, 5, 7, [new CommunityStaff("albanian", 5, 7, 12)]),
        [new TaskFigures("coordination", 28, 5, ["junik", "mamushe"])],
        new TasksPerformedFigures([1, 3, 30], ["junik"]),
        [new OfficeFigures("junik", Answer.Yes, Answer.No, [new OfficeTaskAnswer("coordination", Answer.NotApplicable)], false, NoStaff)]);

    [Fact]
    public void Every_key_is_written_once_and_found_by_itself()
    {
        Assert.Equal(F.All.Length, F.All.Select(f => f.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.All(F.All, f => Assert.Same(f, F.Find(f.Key)));
        Assert.Null(F.Find("workPlans"));
    }

    [Fact]
    public void Every_figure_has_words_of_its_own_for_diff_beside_its_breakdown()
    {
        // An office's figure is named as the year's, its municipality beside it: the words and the breakdown tell them apart.
        Assert.All(F.All, f => Assert.False(string.IsNullOrWhiteSpace(f.Words)));
        Assert.Equal(F.All.Length, F.All.Select(f => (f.Words, f.By)).Distinct().Count());
        Assert.Equal("work plans · yes", F.WorkPlansYes.Words);
    }

    [Fact]
    public void Every_headline_figure_is_named_by_a_text_or_by_its_task_and_has_a_change_and_a_basis_row()
    {
        Assert.All(F.Headlines, h => Assert.True(h.TextKey is not null ^ h.By.HasFlag(FigureBreakdown.Task), h.Key));
        Assert.All(F.Headlines, h =>
        {
            Assert.Equal("change." + h.Key, F.ChangeOf(h).Key);
            Assert.Equal(FigureUnit.Difference, F.ChangeOf(h).Unit);
            Assert.Equal("change." + h.Key + ".displayed", F.DisplayedChangeOf(h).Key);
            Assert.Equal(FigureUnit.DisplayedDifference, F.DisplayedChangeOf(h).Unit);
            Assert.Contains(F.DisplayedChangeOf(h), F.All);
            Assert.Equal("change." + h.Key + ".basis", F.BasisOf(h).Key);
            Assert.Equal(h.By, F.BasisOf(h).By);
            Assert.Contains(F.ChangeOf(h), F.All);
            Assert.Contains(F.BasisOf(h), F.All);
        });
        Assert.All(F.All.Where(f => f.TextKey is not null), f => Assert.Contains(f, F.Headlines));
    }

    [Fact]
    public void A_key_splits_into_the_json_object_that_holds_the_figure_and_its_name_there()
    {
        Assert.Equal(("workPlans", "yes"), (F.WorkPlansYes.Group, F.WorkPlansYes.Name));
        Assert.Equal(("byCommunity", "female"), (F.OfficeStaff.CommunityFemale.Group, F.OfficeStaff.CommunityFemale.JsonName));
        Assert.Equal(("", "offices"), (F.Offices.Group, F.Offices.Name));
        Assert.Equal("taskAnswers", F.OfficeTaskAnswer.JsonName);
    }

    [Fact]
    public void Each_figure_reads_its_own_value_from_the_indicators()
    {
        Assert.Equal(38, F.Municipalities.Read(Year));
        Assert.Equal(35, F.Offices.Read(Year));
        Assert.Equal(2010, F.FirstEstablished.Read(Year));
        Assert.Equal(3, F.WorkPlansNo.Read(Year));
        Assert.Equal(30, F.AnnualReportsYes.Read(Year));
        Assert.Equal(5, F.Staff.Female.Read(Year.Staff));
        Assert.Equal(12, F.Staff.CommunityTotal.Read(Year.Staff.ByCommunity[0]));
        Assert.Equal(5, F.TasksNotPerformed.Read(Year.Tasks[0]));
        Assert.Equal(["junik", "mamushe"], F.TasksExcluded.Member.Read(Year.Tasks[0]).ToArray());
        Assert.Equal(30, F.TasksPerformedAll.Read(Year.TasksPerformed));
        Assert.Equal((3 + 60) / 34.0, F.TasksPerformedMean.Read(Year.TasksPerformed), 9);
        Assert.Equal(Answer.No, F.OfficeAnnualReport.Read(Year.PerOffice[0]));
        Assert.Equal(["coordination"], F.OfficeExcludedTasks.Read(Year.PerOffice[0]).ToArray());
    }

    [Fact]
    public void The_headline_figures_of_a_year_are_the_catalogues_in_its_order_with_its_values()
    {
        var headlines = HeadlineFigures.Of(Year);

        Assert.Equal(F.Headlines, headlines.Select(h => h.Figure).Distinct());
        Assert.Equal(F.TasksPerformedMean.Read(Year.TasksPerformed), headlines.Single(h => h.Figure == F.TasksPerformedMean).Value, 9);
        Assert.Equal(HeadlineKind.Mean, headlines.Single(h => h.Figure == F.TasksPerformedMean).Kind);
        Assert.All(headlines.Where(h => h.Figure != F.TasksPerformedMean), h => Assert.Equal(HeadlineKind.Count, h.Kind));
    }

    [Fact]
    public void A_year_without_offices_in_the_distribution_has_a_mean_of_nothing()
    {
        var none = new TasksPerformedFigures(ImmutableArray.Create(0, 0, 0), []);
        Assert.Equal(0, F.TasksPerformedMean.Read(none));
    }
}
