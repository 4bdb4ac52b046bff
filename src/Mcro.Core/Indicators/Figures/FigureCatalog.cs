using System.Collections.Immutable;
using Mcro.Model;
using U = Mcro.Indicators.Figures.FigureUnit;
using By = Mcro.Indicators.Figures.FigureBreakdown;

namespace Mcro.Indicators.Figures;

/// <summary>
/// Every figure mcro writes, once: its key, unit, breakdown, words, and how it is read from the year's indicators
/// (or a task's, a community's, an office's). The downloads, the change rows, the trends and diff name figures only
/// through it. Listed in the order of the tidy CSV (docs/indicators-contract.md).
/// </summary>
public static class FigureCatalog
{
    public static readonly Figure<YearIndicators, int> Municipalities = new("municipalities", U.Municipalities, By.None, "municipalities", y => y.Municipalities);
    public static readonly Figure<YearIndicators, int> Offices = new("offices", U.Offices, By.None, "offices", y => y.Offices) { TextKey = "change.offices" };
    public static readonly Figure<YearIndicators, int?> FirstEstablished = new("firstEstablished", U.Year, By.None, "first established", y => y.FirstEstablished);

    public static readonly FigureList<YearIndicators> SimilarOffices = new(
        new("similarOffices", U.Offices, By.None, "similar offices", y => y.SimilarOffices),
        new("similarOffice", U.Member, By.Municipality, "similar office", y => y.SimilarOffices) { Outputs = FigureOutputs.Csv });

    public static readonly Figure<YearIndicators, int> WorkPlansYes = new("workPlans.yes", U.Offices, By.None, "work plans · yes", y => y.WorkPlans.Yes) { TextKey = "change.work_plans" };
    public static readonly Figure<YearIndicators, int> WorkPlansNo = new("workPlans.no", U.Offices, By.None, "work plans · no", y => y.WorkPlans.No);
    public static readonly Figure<YearIndicators, int> AnnualReportsYes = new("annualReports.yes", U.Offices, By.None, "annual reports · yes", y => y.AnnualReports.Yes) { TextKey = "change.annual_reports" };
    public static readonly Figure<YearIndicators, int> AnnualReportsNo = new("annualReports.no", U.Offices, By.None, "annual reports · no", y => y.AnnualReports.No);

    /// <summary>The year's staff (read from <see cref="YearIndicators.Staff"/>).</summary>
    public static readonly StaffFigureSet Staff = StaffSet("staff", By.None, "change.staff_total", "change.staff_female");

    public static readonly Figure<TaskFigures, int> TasksPerformed = new("tasks.performed", U.Offices, By.Task, "tasks · performed", t => t.Performed);
    public static readonly Figure<TaskFigures, int> TasksNotPerformed = new("tasks.notPerformed", U.Offices, By.Task, "tasks · not performed", t => t.NotPerformed);

    public static readonly FigureList<TaskFigures> TasksExcluded = new(
        new("tasks.excluded", U.Offices, By.Task, "tasks · excluded", t => t.Excluded),
        new("tasks.excludedOffice", U.Member, By.Task | By.Municipality, "tasks · excluded office", t => t.Excluded) { Outputs = FigureOutputs.Csv });

    /// <summary>Entry i: the MOCRs that performed i core tasks (one CSV row per i, in the taskCount column).</summary>
    public static readonly Figure<TasksPerformedFigures, ImmutableArray<int>> Distribution =
        new("tasksPerformed.distribution", U.Offices, By.TaskCount, "tasks performed · distribution", t => t.Distribution);

    public static readonly FigureList<TasksPerformedFigures> TasksPerformedExcluded = new(
        new("tasksPerformed.excluded", U.Offices, By.None, "tasks performed · excluded", t => t.Excluded),
        new("tasksPerformed.excludedOffice", U.Member, By.Municipality, "tasks performed · excluded office", t => t.Excluded) { Outputs = FigureOutputs.Csv });

    /// <summary>MOCRs that performed every core task: a headline figure, written only as its change.</summary>
    public static readonly Figure<TasksPerformedFigures, int> TasksPerformedAll =
        new("tasksPerformed.all", U.Offices, By.None, "tasks performed · all", t => t.Distribution[^1]) { TextKey = "change.tasks_all", Outputs = FigureOutputs.None };

    /// <summary>The mean number of core tasks performed per MOCR assessed (0 without one): a headline figure, written only as its change.</summary>
    public static readonly Figure<TasksPerformedFigures, double> TasksPerformedMean =
        new("tasksPerformed.mean", U.Mean, By.None, "tasks performed · mean", t => Assessed(t) > 0 ? (double)TaskSum(t) / Assessed(t) : 0)
        { TextKey = "change.tasks_mean", Outputs = FigureOutputs.None };

    public static readonly Figure<OfficeFigures, Answer> OfficeWorkPlan = new("perOffice.workPlan", U.Answer, By.Municipality, "work plan", o => o.WorkPlan);
    public static readonly Figure<OfficeFigures, Answer> OfficeAnnualReport = new("perOffice.annualReport", U.Answer, By.Municipality, "annual report", o => o.AnnualReport);
    public static readonly Figure<OfficeFigures, int> OfficeTasksPerformed = new("perOffice.tasksPerformed", U.Tasks, By.Municipality, "tasks performed", o => o.TasksPerformed);

    /// <summary>One office's staff (read from <see cref="OfficeFigures.Staff"/>).</summary>
    public static readonly StaffFigureSet OfficeStaff = StaffSet("perOffice.staff", By.Municipality, null, null);

    /// <summary>The office's answer per core task; indicators.json holds them as one object, task → answer.</summary>
    public static readonly Figure<OfficeTaskAnswer, Answer> OfficeTaskAnswer =
        new("perOffice.taskAnswer", U.Answer, By.Municipality | By.Task, "task answer", a => a.Answer) { JsonName = "taskAnswers" };

    /// <summary>The tasks an office is excluded from; the CSV says it with n/a answers.</summary>
    public static readonly Figure<OfficeFigures, ImmutableArray<string>> OfficeExcludedTasks =
        new("perOffice.excludedTasks", U.Tasks, By.Municipality, "excluded tasks", o => o.ExcludedTasks) { Outputs = FigureOutputs.Json };

    /// <summary>The figures a reader compares between years (the change rows, the trends), in the order they are shown.</summary>
    public static readonly ImmutableArray<Figure> Headlines =
        [Offices, WorkPlansYes, AnnualReportsYes, Staff.Total, Staff.Female, TasksPerformed, TasksPerformedAll, TasksPerformedMean];

    private static readonly ImmutableDictionary<Figure, (Figure Difference, Figure Displayed, Figure Basis, Figure ShownPrevious, Figure ShownCurrent)> ChangeFigures = Headlines.ToImmutableDictionary(
        h => h,
        h => (new Figure("change." + h.Key, U.Difference, h.By, "change · " + h.Words) { Outputs = FigureOutputs.Csv },
              new Figure("change." + h.Key + ".displayed", U.DisplayedDifference, h.By, "change · " + h.Words + " · as shown") { Outputs = FigureOutputs.Csv },
              new Figure("change." + h.Key + ".basis", U.Basis, h.By, "change · " + h.Words + " · basis") { Outputs = FigureOutputs.Csv },
              new Figure("change." + h.Key + ".displayedPrevious", U.DisplayedNumber, h.By, "change · " + h.Words + " · the year before, as shown") { Outputs = FigureOutputs.Csv },
              new Figure("change." + h.Key + ".displayedCurrent", U.DisplayedNumber, h.By, "change · " + h.Words + " · the year, as shown") { Outputs = FigureOutputs.Csv }));

    /// <summary>Every figure of the year's downloads, in the tidy CSV's order, then the change rows of every headline figure.</summary>
    public static readonly ImmutableArray<Figure> All =
    [
        Municipalities, Offices, FirstEstablished, SimilarOffices.Count, SimilarOffices.Member,
        WorkPlansYes, WorkPlansNo, AnnualReportsYes, AnnualReportsNo, .. Staff.All,
        TasksPerformed, TasksNotPerformed, TasksExcluded.Count, TasksExcluded.Member,
        Distribution, TasksPerformedExcluded.Count, TasksPerformedExcluded.Member, TasksPerformedAll, TasksPerformedMean,
        OfficeWorkPlan, OfficeAnnualReport, OfficeTasksPerformed, .. OfficeStaff.All, OfficeTaskAnswer, OfficeExcludedTasks,
        .. Headlines.SelectMany(h => (Figure[])[ChangeFigures[h].Difference, ChangeFigures[h].Displayed, ChangeFigures[h].Basis, ChangeFigures[h].ShownPrevious, ChangeFigures[h].ShownCurrent]),
    ];

    private static readonly ImmutableDictionary<string, Figure> ByKey = All.ToImmutableDictionary(f => f.Key, StringComparer.Ordinal);

    /// <summary>The figure written under <paramref name="key"/>; null for a key mcro does not write (an older site's).</summary>
    public static Figure? Find(string key) => ByKey.GetValueOrDefault(key);

    /// <summary>The row a headline figure's change is written as ("change.workPlans.yes"); indicators.json holds it in "change.figures" under the headline's key.</summary>
    public static Figure ChangeOf(Figure headline) => ChangeFigures[headline].Difference;

    /// <summary>The row of a headline figure's change as its page shows it ("change.workPlans.yes.displayed"): the difference of the rounded numbers.</summary>
    public static Figure DisplayedChangeOf(Figure headline) => ChangeFigures[headline].Displayed;

    /// <summary>
    /// The rows of the two numbers a headline figure's change row shows ("change.workPlans.yes.displayedPrevious",
    /// "….displayedCurrent"): counts, percentages or means, rounded as the page prints them, so that a reader of the tidy
    /// CSV (and the review report) sees the change table's own numbers, whose difference is the ".displayed" row.
    /// </summary>
    public static (Figure Previous, Figure Current) DisplayedValuesOf(Figure headline) => (ChangeFigures[headline].ShownPrevious, ChangeFigures[headline].ShownCurrent);

    /// <summary>The row saying what a headline figure's change compares ("change.workPlans.yes.basis").</summary>
    public static Figure BasisOf(Figure headline) => ChangeFigures[headline].Basis;

    /// <summary>The MOCRs in the distribution: those assessed on at least one task.</summary>
    public static int Assessed(TasksPerformedFigures t) => t.Distribution.Sum();

    /// <summary>The tasks performed by every MOCR in the distribution, together.</summary>
    public static int TaskSum(TasksPerformedFigures t) => t.Distribution.Select((offices, tasks) => offices * tasks).Sum();

    private static StaffFigureSet StaffSet(string prefix, By by, string? totalText, string? femaleText)
    {
        // An office's figures are named without "perOffice": its municipality is named beside them.
        const string words = "staff";
        return new(
            new($"{prefix}.total", U.Staff, by, $"{words} · total", s => s.Total) { TextKey = totalText },
            new($"{prefix}.female", U.Staff, by, $"{words} · female", s => s.Female) { TextKey = femaleText },
            new($"{prefix}.male", U.Staff, by, $"{words} · male", s => s.Male),
            new($"{prefix}.byCommunity.female", U.Staff, by | By.Community, $"{words} · by community · female", c => c.Female),
            new($"{prefix}.byCommunity.male", U.Staff, by | By.Community, $"{words} · by community · male", c => c.Male),
            new($"{prefix}.byCommunity.total", U.Staff, by | By.Community, $"{words} · by community · total", c => c.Total));
    }
}
