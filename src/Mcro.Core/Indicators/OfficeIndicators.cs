using System.Collections.Immutable;
using Mcro.Model;

namespace Mcro.Indicators;

/// <summary>Each MOCR's own figures, sorted by municipality code: the single source of every task figure of the year.</summary>
public static class OfficeIndicators
{
    public static ImmutableArray<OfficeFigures> Of(Dataset dataset, YearData year)
    {
        var staff = year.Staff.ToLookup(s => s.Municipality, StringComparer.Ordinal);
        return [.. year.Offices
            .OrderBy(o => o.Municipality, StringComparer.Ordinal)
            .Select(o => For(dataset.Tasks, dataset.Communities, o, year.ExclusionOf(o.Municipality), staff[o.Municipality]))];
    }

    public static OfficeFigures For(
        ImmutableArray<CoreTask> tasks, ImmutableArray<Community> communities, OfficeReport office, Exclusion? exclusion, IEnumerable<StaffMember> staff)
    {
        var answers = tasks.Select(t => new OfficeTaskAnswer(t.Key, AsCounted(office.TaskAnswer(t.Key), exclusion?.Excludes(t.Key) == true)));
        return new OfficeFigures(
            office.Municipality, office.WorkPlan, office.AnnualReport, [.. answers], exclusion?.LeavesOutAll(tasks) == true,
            StaffIndicators.Of(communities, staff));
    }

    /// <summary>
    /// A task's answer as the figures count it: notes.yaml decides exclusions, so n/a exactly where the office is excluded,
    /// and anything but yes elsewhere is not performed. Validation has already made every exclusion match an n/a, so on a
    /// valid dataset this is the answer as recorded.
    /// </summary>
    public static Answer AsCounted(Answer recorded, bool excluded) =>
        excluded ? Answer.NotApplicable : recorded == Answer.Yes ? Answer.Yes : Answer.No;
}
