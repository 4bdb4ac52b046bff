using System.Collections.Immutable;
using Mcro.Diagnostics;

namespace Mcro.Model;

/// <summary>
/// An office left out of some core tasks (or of all, and of the distribution) in one year, with why: notes.yaml's entry
/// as written. The one shape of an exclusion; the figures see it through the office's answers as counted (OfficeFigures).
/// </summary>
public sealed record Exclusion(
    string Municipality,
    bool AllTasks,
    ImmutableArray<string> Tasks,
    LocalizedText Reason,
    SourceLocation Location)
{
    public bool Excludes(string taskKey) => AllTasks || Tasks.Contains(taskKey);

    /// <summary>Left out of every core task: "all", or every task listed by name, which leaves the office out just as "all" does.</summary>
    public bool LeavesOutAll(ImmutableArray<CoreTask> tasks) => AllTasks || (!tasks.IsEmpty && tasks.All(t => Excludes(t.Key)));
}
