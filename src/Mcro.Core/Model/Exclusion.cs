using System.Collections.Immutable;
using Mcro.Diagnostics;

namespace Mcro.Model;

/// <summary>An office left out of some core tasks (or of all, and of the distribution) in one year, with why.</summary>
public sealed record Exclusion(
    string Municipality,
    bool AllTasks,
    ImmutableArray<string> Tasks,
    LocalizedText Reason,
    SourceLocation Location)
{
    public bool Excludes(string taskKey) => AllTasks || Tasks.Contains(taskKey);
}
