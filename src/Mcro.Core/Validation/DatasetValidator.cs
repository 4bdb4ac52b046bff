using Mcro.Diagnostics;
using Mcro.Loading;
using Mcro.Model;
using Mcro.Validation.Mechanisms;

namespace Mcro.Validation;

/// <summary>Cross-file checks on a loaded dataset: codes that must exist, rows that must match, texts every language needs.</summary>
public static class DatasetValidator
{
    /// <param name="loadProblems">What loading reported; checks that depend on a file that failed to load are skipped.</param>
    public static IReadOnlyList<Diagnostic> Validate(Dataset dataset, IEnumerable<Diagnostic>? loadProblems = null)
    {
        var scope = ValidationScope.From(dataset, loadProblems ?? []);
        var bag = new DiagnosticBag();
        ReferenceListRules.Check(dataset, bag);
        TextRules.Check(scope, bag);
        foreach (var year in dataset.Years.Values)
        {
            OfficeRules.Check(scope, year, bag);
            StaffRules.Check(scope, year, bag);
            ExclusionRules.Check(scope, year, bag);
            foreach (var (id, data) in year.Mechanisms)
                MechanismYearRules.Check(scope, dataset.FindMechanism(id)!, data, bag);
        }
        MechanismDefinitionRules.Check(scope, bag);
        CommunitiesLivingRules.Check(scope, bag);
        return bag.ToSortedList();
    }

    /// <summary>Loads and validates: the one entry point for every command that needs good data.</summary>
    public static Result<Dataset> LoadAndValidate(string root, string displayRoot, IReadOnlyCollection<int>? onlyYears = null)
    {
        var loaded = DatasetLoader.Load(root, displayRoot, onlyYears);
        return loaded.Value is null ? loaded : Validate(loaded);
    }

    /// <summary>
    /// A loaded dataset with the problems of loading and of validation together, in order (checks that need a file that
    /// failed to load are skipped); those in a draft year's files are its to-do list, among the warnings (<see cref="DraftYears"/>).
    /// </summary>
    public static Result<Dataset> Validate(Result<Dataset> loaded) =>
        DraftYears.AsToDo(loaded with { Problems = DiagnosticOrder.Sort(loaded.Problems.Concat(Validate(loaded.Value!, loaded.Problems))) });
}
