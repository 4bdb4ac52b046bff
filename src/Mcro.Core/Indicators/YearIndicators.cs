using System.Collections.Immutable;
using Mcro.Model;

namespace Mcro.Indicators;

/// <summary>Every figure one year's factsheet shows; computed from the dataset, never typed in.</summary>
public sealed record YearIndicators(
    int Year,
    int Municipalities,
    int Offices,
    int? FirstEstablished,
    ImmutableArray<string> SimilarOffices,
    YesNoCount WorkPlans,
    YesNoCount AnnualReports,
    StaffFigures Staff,
    ImmutableArray<TaskFigures> Tasks,
    TasksPerformedFigures TasksPerformed,
    ImmutableArray<OfficeFigures> PerOffice);

/// <summary>How many MOCRs answered yes and no (work plans, annual reports).</summary>
public sealed record YesNoCount(int Yes, int No);

/// <summary>MOCR staff: totals and per community (communities.csv order, only those with staff).</summary>
public sealed record StaffFigures(int Total, int Female, int Male, ImmutableArray<CommunityStaff> ByCommunity);

public sealed record CommunityStaff(string Community, int Female, int Male, int Total);

/// <summary>One core task: MOCRs that performed it, that did not, and those excluded from it (codes, sorted).</summary>
public sealed record TaskFigures(string Task, int Performed, int NotPerformed, ImmutableArray<string> Excluded);

/// <summary>Distribution[i] = number of MOCRs that performed i core tasks (nine entries); Excluded = left out of all tasks.</summary>
public sealed record TasksPerformedFigures(ImmutableArray<int> Distribution, ImmutableArray<string> Excluded);

/// <summary>
/// One MOCR's own figures, for per-municipality use: its row of offices.csv (<see cref="OfficeReport"/>) with notes.yaml's
/// exclusion applied, and its staff. Everything about its tasks is read from <see cref="TaskAnswers"/>.
/// </summary>
/// <param name="TaskAnswers">The office's answer per core task as counted, in tasks.csv order: n/a exactly where it is excluded.</param>
/// <param name="ExcludedFromAll">Left out of every core task, and so of the distribution of tasks performed.</param>
public sealed record OfficeFigures(
    string Municipality,
    Answer WorkPlan,
    Answer AnnualReport,
    ImmutableArray<OfficeTaskAnswer> TaskAnswers,
    bool ExcludedFromAll,
    StaffFigures Staff)
{
    /// <summary>Tasks performed among those the office is not excluded from.</summary>
    public int TasksPerformed => TaskAnswers.Count(a => a.Answer == Answer.Yes);

    /// <summary>The tasks it is not excluded from, those its tasks performed are out of.</summary>
    public int TasksAssessed => TaskAnswers.Count(a => a.Answer != Answer.NotApplicable);

    /// <summary>The tasks it is excluded from, in tasks.csv order (all of them for an office excluded from all tasks).</summary>
    public ImmutableArray<string> ExcludedTasks => [.. TaskAnswers.Where(a => a.Answer == Answer.NotApplicable).Select(a => a.Task)];
}

/// <summary>An office's answer to one core task, as counted (see <see cref="OfficeIndicators.AsCounted"/>).</summary>
public sealed record OfficeTaskAnswer(string Task, Answer Answer);
