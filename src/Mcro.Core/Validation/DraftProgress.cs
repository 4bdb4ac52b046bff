using System.Globalization;
using Mcro.Diagnostics;
using Mcro.Loading;
using Mcro.Model;

namespace Mcro.Validation;

/// <summary>
/// How far a draft year is filled in, in one line, over every file of the year: offices.csv (MOCRs with every answer
/// given), staff.csv (MOCRs with staff, none while the file is still the year before's), notes.yaml (exclusions
/// without a reason in every language), and what each file still has to fix.
/// "2021 (draft): offices 12 of 36 filled, staff 0 of 36 (staff.csv as in 2020), 2 exclusions without reasons; 24 to fix: offices.csv 24";
/// each mechanism of the series with a folder that year adds its own ("; cc 0 of 38 filled, 0 people"), and its files are
/// counted among those to fix by their path in the year ("cc/municipalities.csv 38").
/// </summary>
public static class DraftProgress
{
    /// <param name="toDo">The validation's findings (the draft's are among the warnings).</param>
    public static string Describe(Dataset dataset, YearData year, IEnumerable<Diagnostic> toDo)
    {
        var mocrs = dataset.Municipalities.Where(m => m.HasMocrIn(year.Year)).Select(m => m.Code).ToHashSet(StringComparer.Ordinal);
        var filled = year.Offices.Select(o => o.Municipality).Where(mocrs.Contains).Distinct().Count();
        var staffCopied = CopiedYearCheck.CopyOf(dataset.Root, year.Year, "staff.csv") != CopiedYearCheck.Copy.None;
        var staffed = staffCopied ? 0 : year.Staff.Select(s => s.Municipality).Concat(year.UnreadStaff.Select(s => s.Municipality ?? ""))
            .Where(mocrs.Contains).Distinct().Count();
        var unreasoned = year.Exclusions.Count(e => dataset.Config.Languages.Any(language => !e.Reason.Has(language)));
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{year.Year} (draft): offices {filled} of {mocrs.Count} filled, staff {staffed} of {mocrs.Count}{(staffCopied ? $" (staff.csv as in {year.Year - 1})" : "")}, " +
            $"{unreasoned} {(unreasoned == 1 ? "exclusion" : "exclusions")} without reasons") + Mechanisms(dataset, year);
        var folder = year.Sources.Notes.Replace('\\', '/')[..^"notes.yaml".Length];
        var byFile = toDo.Where(d => DraftYears.IsIn(year, d))
            // By the file's path in the year ("offices.csv", "cc/municipalities.csv"): each mechanism's files are told apart.
            .GroupBy(d => d.Location.File.Replace('\\', '/') is var f && f.StartsWith(folder, StringComparison.Ordinal) ? f[folder.Length..] : Path.GetFileName(f),
                StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (File: g.Key, Count: g.Count()))
            .ToList();
        return byFile.Count == 0 ? line + "; nothing left to fix: remove 'status: draft' from year.yaml to publish it"
            : string.Create(CultureInfo.InvariantCulture,
                $"{line}; {byFile.Sum(f => f.Count)} to fix: {string.Join(", ", byFile.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.File} {f.Count}")))}");
    }

    /// <summary>
    /// Each mechanism of the series with a folder in the year: its municipalities.csv rows read whole (a status, and every
    /// answer a working mechanism is asked) of every municipality, and the people entered: "; cc 0 of 38 filled, 0 people".
    /// </summary>
    private static string Mechanisms(Dataset dataset, YearData year) => string.Concat(dataset.DefinedMechanisms
        .Where(m => year.Mechanisms.ContainsKey(m.Id))
        .Select(m => (m.Id, Data: year.Mechanisms[m.Id]))
        .Select(m => string.Create(CultureInfo.InvariantCulture,
            $"; {m.Id} {m.Data.Reports.Select(r => r.Municipality).Distinct(StringComparer.Ordinal).Count()} of {dataset.Municipalities.Length} filled, " +
            $"{m.Data.People.Length} {(m.Data.People.Length == 1 ? "person" : "people")}")));

    /// <summary>The progress of every draft year of the dataset, oldest first.</summary>
    public static IReadOnlyList<string> OfEveryDraft(Dataset dataset, IEnumerable<Diagnostic> findings)
    {
        var all = findings.ToList();
        return [.. dataset.Years.Values.Where(y => y.Settings.IsDraft).Select(y => Describe(dataset, y, all))];
    }
}
