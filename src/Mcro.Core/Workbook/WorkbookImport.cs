using System.Globalization;
using Mcro.Diagnostics;
using Mcro.Loading;
using Mcro.Model;
using Mcro.Model.Mechanisms;
using Mcro.Validation;

namespace Mcro.Workbook;

/// <summary>
/// mcro workbook import: the workbook's sheets checked as the year's CSV files by the loader and validator `validate`
/// runs (every problem named by sheet and cell), and only then written in the files' own style, the year whole or not at all.
/// </summary>
public static class WorkbookImport
{
    /// <summary>The year imported and its files: those rewritten and those the workbook left as they were.</summary>
    public sealed record Imported(int Year, IReadOnlyList<string> Changed, IReadOnlyList<string> Unchanged);

    /// <summary>The file a sheet is read in place of, the columns read from it, and whether the file may be absent (people.csv).</summary>
    private sealed record SheetFile(string File, IReadOnlySet<string> Columns, bool Optional);

    /// <summary>The sheets mcro reads, by name: offices and staff, and the two of every mechanism with a folder in the year.</summary>
    private static Dictionary<string, SheetFile> SheetsOf(Dataset dataset, string root, string year)
    {
        var sheets = new Dictionary<string, SheetFile>(StringComparer.OrdinalIgnoreCase)
        {
            [WorkbookLayout.Offices] = new($"{year}/offices.csv",
                new[] { "municipality", "work_plan", "annual_report" }.Concat(dataset.Tasks.Select(t => t.Key)).ToHashSet(StringComparer.Ordinal), false),
            [WorkbookLayout.Staff] = new($"{year}/staff.csv", WorkbookLayout.StaffColumns.ToHashSet(StringComparer.Ordinal), false),
        };
        foreach (var (definition, names) in Mechanisms(dataset).Where(m => Directory.Exists(Path.Join(root, year, m.Definition.Id))))
        {
            sheets[names.Table] = new(MechanismSheets.TableFile(year, definition.Id), MechanismSheets.TableColumns(definition).ToHashSet(StringComparer.Ordinal), false);
            sheets[names.People] = new(MechanismSheets.PeopleFile(year, definition.Id), MechanismSheets.PeopleColumns.ToHashSet(StringComparer.Ordinal), true);
        }
        return sheets;
    }

    private static IEnumerable<(MechanismDefinition Definition, MechanismSheetNames Names)> Mechanisms(Dataset dataset)
    {
        var defined = dataset.DefinedMechanisms.ToList();
        return defined.Zip(MechanismSheets.NamesOf(defined.Select(d => d.Id)));
    }

    /// <summary>The id of the mechanism whose sheet this is, when the year has no folder for it; else null.</summary>
    private static string? MechanismWithoutFolder(Dataset dataset, string root, string year, string sheet) =>
        Mechanisms(dataset).FirstOrDefault(m => (string.Equals(m.Names.Table, sheet, StringComparison.OrdinalIgnoreCase)
            || string.Equals(m.Names.People, sheet, StringComparison.OrdinalIgnoreCase)) && !Directory.Exists(Path.Join(root, year, m.Definition.Id))).Definition?.Id;

    private static string Listed(IEnumerable<string> names, string conjunction)
    {
        var all = names.ToList();
        return all.Count <= 1 ? string.Join("", all) : $"{string.Join(", ", all[..^1])} {conjunction} {all[^1]}";
    }

    public static Result<Imported> Run(Stream workbook, string workbookDisplay, string root, string displayRoot, int? year)
    {
        var grid = WorkbookReader.Read(workbook, workbookDisplay);
        if (grid.Value is null) return Result<Imported>.Failed(grid.Problems);
        var warnings = new List<Diagnostic>();
        if ((year ?? grid.Value.Year) is not { } y)
            return Result<Imported>.Failed(new Diagnostic(SourceLocation.OfFile(workbookDisplay), ProblemCode.WorkbookYear,
                "the workbook does not say which year it holds; give it with --year, e.g. --year 2019"));
        var yearName = y.ToString(CultureInfo.InvariantCulture);
        if (!Directory.Exists(Path.Combine(root, yearName)))
            return Result<Imported>.Failed(new Diagnostic(SourceLocation.OfFile(new DataFolder(root, displayRoot, new DiagnosticBag()).Display(yearName)), ProblemCode.YearMissing,
                $"no folder for {y}; write it first with 'mcro new-year {y}'"));

        // The reference lists say which task columns the offices sheet has, the definitions which sheets the mechanisms
        // have; the year's files do not count here.
        var reference = DatasetLoader.Load(root, displayRoot, [y]);
        if (reference.Value is null) return Result<Imported>.Failed(reference.Problems);
        var sheets = SheetsOf(reference.Value, root, yearName);
        var replaced = new Dictionary<string, CsvTable>(StringComparer.Ordinal);
        foreach (var sheet in grid.Value.Sheets)
        {
            var name = sheet.Name.Trim();
            if (MechanismWithoutFolder(reference.Value, root, yearName, name) is { } id)
            {
                warnings.Add(new Diagnostic(new SourceLocation(workbookDisplay, 0, 0) { Sheet = sheet.Name }, ProblemCode.WorkbookSheet,
                    $"sheet '{Printable.Quote(sheet.Name)}' is not read: {yearName} has no folder {yearName}/{id}/ (write it first with 'mcro new-year', or create it)"));
                continue;
            }
            if (!sheets.TryGetValue(name, out var table))
            {
                if (!WorkbookLayout.Companions.Contains(name))
                    warnings.Add(new Diagnostic(new SourceLocation(workbookDisplay, 0, 0) { Sheet = sheet.Name }, ProblemCode.WorkbookSheet,
                        $"sheet '{Printable.Quote(sheet.Name)}' is not read; mcro reads the sheets {Listed(sheets.Keys, "and")}"));
                continue;
            }
            if (replaced.ContainsKey(table.File))
            {
                warnings.Add(new Diagnostic(new SourceLocation(workbookDisplay, 0, 0) { Sheet = sheet.Name }, ProblemCode.WorkbookSheet, $"a second sheet named '{name}' is not read"));
                continue;
            }
            var read = SheetTables.From(sheet, workbookDisplay, table.Columns, warnings)!;
            // An empty people sheet where the year has no people.csv leaves the year as it was, not with a new empty file.
            if (table.Optional && read.Records.IsEmpty && !File.Exists(Path.Join(root, table.File))) continue;
            replaced[table.File] = read;
        }
        if (replaced.Count == 0)
            return Result<Imported>.Failed(new Diagnostic(SourceLocation.OfFile(workbookDisplay), ProblemCode.WorkbookSheet,
                $"the workbook has no sheet named {Listed(sheets.Keys, "or")}; those are the sheets mcro reads"));
        foreach (var missing in sheets.Where(s => !replaced.ContainsKey(s.Value.File) && !grid.Value.Sheets.Any(g => string.Equals(g.Name.Trim(), s.Key, StringComparison.OrdinalIgnoreCase))))
            warnings.Add(new Diagnostic(SourceLocation.OfFile(workbookDisplay), ProblemCode.WorkbookSheet, $"no sheet named '{missing.Key}': {missing.Value.File} stays as it is"));

        var loaded = DatasetLoader.Load(root, displayRoot, [y], replaced: replaced);
        var checkedYear = loaded.Value is null ? loaded : DatasetValidator.Validate(loaded);
        var problems = DiagnosticOrder.Sort(grid.Problems.Concat(checkedYear.Problems));
        if (problems.Count > 0 || checkedYear.Value is null) return new Result<Imported>(null, problems) { Warnings = warnings };
        var written = YearFiles.Write(root, displayRoot, yearName, replaced, checkedYear.Value.Config.Encodings);
        return written.Problem is null
            ? Result<Imported>.Ok(new Imported(y, written.Changed, written.Unchanged)) with { Warnings = warnings }
            : new Result<Imported>(null, [written.Problem]) { Warnings = warnings };
    }
}
