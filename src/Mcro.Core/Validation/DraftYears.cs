using Mcro.Diagnostics;
using Mcro.Loading;
using Mcro.Model;

namespace Mcro.Validation;

/// <summary>
/// A draft year (year.yaml: status: draft) is validated as a to-do list: every rule runs, and what it finds in the
/// year's files is a warning, not a problem, so an unfinished year can be merged and previewed. The moment the status
/// line goes, the same findings are problems again. year.yaml itself is never downgraded: it is what says "draft".
/// </summary>
public static class DraftYears
{
    /// <summary>The loaded dataset with the problems in its draft years' files moved to its warnings.</summary>
    public static Result<Dataset> AsToDo(Result<Dataset> validated)
    {
        if (validated.Value is not { } dataset || !dataset.Years.Values.Any(y => y.Settings.IsDraft)) return validated;
        var drafts = dataset.Years.Values.Where(y => y.Settings.IsDraft).ToList();
        var toDo = validated.Problems.Where(p => drafts.Any(year => IsIn(year, p))).ToList();
        if (toDo.Count == 0) return validated;
        return validated with
        {
            Problems = [.. validated.Problems.Except(toDo)],
            Warnings = DiagnosticOrder.Sort(validated.Warnings.Concat(toDo)),
        };
    }

    /// <summary>Whether a finding is in one of the year's data files (year.yaml aside).</summary>
    public static bool IsIn(YearData year, Diagnostic finding)
    {
        var file = finding.Location.File.Replace('\\', '/');
        if (file == year.Sources.Offices || file == year.Sources.Staff || file == year.Sources.Notes) return true;
        var folder = FolderOf(year);
        return file.StartsWith(folder, StringComparison.Ordinal) && file[folder.Length..] != YearSettingsLoader.FileName;
    }

    /// <summary>The year's folder as messages name it, with its trailing '/' ("data/2021/").</summary>
    private static string FolderOf(YearData year) => year.Sources.Notes.Replace('\\', '/')[..^"notes.yaml".Length];
}
