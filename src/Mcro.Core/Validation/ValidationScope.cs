using Mcro.Diagnostics;
using Mcro.Model;

namespace Mcro.Validation;

/// <summary>
/// Which files loaded cleanly. A list that failed to load is not used to call codes unknown:
/// one broken municipalities.csv would otherwise bury its own message under hundreds of echoes.
/// </summary>
internal sealed record ValidationScope(Dataset Dataset, IReadOnlySet<string> FilesWithProblems)
{
    public static ValidationScope From(Dataset dataset, IEnumerable<Diagnostic> loadProblems) =>
        new(dataset, loadProblems.Select(d => d.Location.File.Replace('\\', '/')).ToHashSet(StringComparer.Ordinal));

    public bool MunicipalitiesComplete => Clean("municipalities.csv");

    public bool CommunitiesComplete => Clean("communities.csv");

    public bool TasksComplete => Clean("tasks.csv");

    public bool Clean(string relativeFile) =>
        !FilesWithProblems.Any(f => f == relativeFile || f.EndsWith("/" + relativeFile, StringComparison.Ordinal));
}
