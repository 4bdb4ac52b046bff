using System.Collections.Immutable;
using Mcro.Model;

namespace Mcro.Indicators;

/// <summary>Each MOCR's own figures, sorted by municipality code, for per-municipality pages.</summary>
public static class OfficeIndicators
{
    public static ImmutableArray<OfficeFigures> Of(Dataset dataset, YearData year)
    {
        var exclusions = OfficeTasks.ExclusionsByOffice(year);
        var staff = year.Staff.ToLookup(s => s.Municipality, StringComparer.Ordinal);
        return [.. year.Offices
            .OrderBy(o => o.Municipality, StringComparer.Ordinal)
            .Select(o => For(dataset.Tasks, dataset.Communities, o, exclusions.GetValueOrDefault(o.Municipality), staff[o.Municipality]))];
    }

    public static OfficeFigures For(
        ImmutableArray<CoreTask> tasks, ImmutableArray<Community> communities, OfficeReport office, Exclusion? exclusion, IEnumerable<StaffMember> staff)
    {
        var outcomes = OfficeTasks.For(tasks, office, exclusion);
        var answers = tasks.Select((t, i) => new OfficeTaskAnswer(t.Key, AnswerOf(outcomes.Outcomes[i])));
        return new OfficeFigures(office.Municipality, office.WorkPlan, office.AnnualReport, outcomes.Performed, StaffIndicators.Of(communities, staff))
        {
            TaskAnswers = [.. answers],
            ExcludedTasks = [.. tasks.Where((_, i) => outcomes.Outcomes[i] == TaskOutcome.Excluded).Select(t => t.Key)],
        };
    }

    private static Answer AnswerOf(TaskOutcome outcome) => outcome switch
    {
        TaskOutcome.Performed => Answer.Yes,
        TaskOutcome.NotPerformed => Answer.No,
        _ => Answer.NotApplicable,
    };
}
