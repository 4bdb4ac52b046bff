using Mcro.Diagnostics;
using Mcro.Model;

namespace Mcro.Validation;

/// <summary>
/// Which files loaded cleanly. A list that failed to load is not used to call codes unknown:
/// one broken municipalities.csv would otherwise bury its own message under hundreds of echoes.
/// </summary>
internal sealed record ValidationScope(Dataset Dataset, IReadOnlySet<string> FilesWithProblems)
{
    public static ValidationScope From(Dataset dataset, IEnumerable<Diagnostic> loadProblems)
    {
        var problems = loadProblems.ToList();
        return new(dataset, problems.Select(d => d.Location.File.Replace('\\', '/')).ToHashSet(StringComparer.Ordinal))
        {
            FilesNotRead = problems.Where(d => WholeFileRules.Contains(d.Code)).Select(d => d.Location.File.Replace('\\', '/')).ToHashSet(StringComparer.Ordinal),
        };
    }

    public bool MunicipalitiesComplete => Clean("municipalities.csv");

    public bool CommunitiesComplete => Clean("communities.csv");

    public bool TasksComplete => Clean("tasks.csv");

    /// <summary>The problems that mean a file could not be read at all (its bytes or its syntax), not one wrong value in it.</summary>
    private static readonly HashSet<ProblemCode> WholeFileRules =
    [
        ProblemCode.FileMissing, ProblemCode.FileUnreadable, ProblemCode.FileTooLarge, ProblemCode.FileNotRegular, ProblemCode.Encoding,
        ProblemCode.YamlSyntax, ProblemCode.YamlAlias, ProblemCode.YamlDepth, ProblemCode.YamlDuplicateKey,
    ];

    /// <summary>Files that did not load at all, so nothing may be concluded from what they lack.</summary>
    public IReadOnlySet<string> FilesNotRead { get; init; } = new HashSet<string>();

    public bool Clean(string relativeFile) =>
        !FilesWithProblems.Any(f => f == relativeFile || f.EndsWith("/" + relativeFile, StringComparison.Ordinal));

    public bool Read(string relativeFile) =>
        !FilesNotRead.Any(f => f == relativeFile || f.EndsWith("/" + relativeFile, StringComparison.Ordinal));
}
