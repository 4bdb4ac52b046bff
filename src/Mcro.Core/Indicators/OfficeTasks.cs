using System.Collections.Immutable;
using Mcro.Model;

namespace Mcro.Indicators;

/// <summary>One office's outcome for each core task (tasks.csv order): the single source of every task figure.</summary>
public sealed record OfficeTasks(string Municipality, ImmutableArray<TaskOutcome> Outcomes, bool ExcludedFromAll)
{
    /// <summary>Tasks performed among those the office is not excluded from.</summary>
    public int Performed => Outcomes.Count(o => o == TaskOutcome.Performed);

    /// <summary>
    /// The outcomes of every office of the year, in offices.csv order. notes.yaml decides exclusions;
    /// validation has already made every exclusion match an n/a, so an answer never contradicts it here.
    /// </summary>
    public static ImmutableArray<OfficeTasks> Of(ImmutableArray<CoreTask> tasks, YearData year)
    {
        var exclusions = ExclusionsByOffice(year);
        return [.. year.Offices.Select(office => For(tasks, office, exclusions.GetValueOrDefault(office.Municipality)))];
    }

    public static OfficeTasks For(ImmutableArray<CoreTask> tasks, OfficeReport office, Exclusion? exclusion)
    {
        var outcomes = tasks.Select(t => Outcome(office.TaskAnswer(t.Key), exclusion?.Excludes(t.Key) == true)).ToImmutableArray();
        // Listing every task by name leaves the office out of all of them, just as "all" does.
        var excludedFromAll = exclusion is { AllTasks: true } || (outcomes.Length > 0 && outcomes.All(o => o == TaskOutcome.Excluded));
        return new OfficeTasks(office.Municipality, outcomes, excludedFromAll);
    }

    public static TaskOutcome Outcome(Answer answer, bool excluded) =>
        excluded ? TaskOutcome.Excluded : answer == Answer.Yes ? TaskOutcome.Performed : TaskOutcome.NotPerformed;

    /// <summary>Validation refuses a second exclusion of one office, so the first one is the one.</summary>
    public static IReadOnlyDictionary<string, Exclusion> ExclusionsByOffice(YearData year)
    {
        var byOffice = new Dictionary<string, Exclusion>(StringComparer.Ordinal);
        foreach (var exclusion in year.Exclusions) byOffice.TryAdd(exclusion.Municipality, exclusion);
        return byOffice;
    }
}
