using System.Globalization;
using Mcro.Diagnostics;
using Mcro.Loading;
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

    private static readonly string[] Tables = [WorkbookLayout.Offices, WorkbookLayout.Staff];

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

        // The reference lists say which task columns the offices sheet has; the year's files do not count here.
        var reference = DatasetLoader.Load(root, displayRoot, [y]);
        if (reference.Value is null) return Result<Imported>.Failed(reference.Problems);
        var columns = new Dictionary<string, IReadOnlySet<string>>
        {
            [WorkbookLayout.Offices] = new[] { "municipality", "work_plan", "annual_report" }.Concat(reference.Value.Tasks.Select(t => t.Key)).ToHashSet(StringComparer.Ordinal),
            [WorkbookLayout.Staff] = WorkbookLayout.StaffColumns.ToHashSet(StringComparer.Ordinal),
        };
        var replaced = new Dictionary<string, CsvTable>(StringComparer.Ordinal);
        foreach (var sheet in grid.Value.Sheets)
        {
            var table = Tables.FirstOrDefault(t => string.Equals(t, sheet.Name.Trim(), StringComparison.OrdinalIgnoreCase));
            if (table is null)
            {
                if (!WorkbookLayout.Companions.Contains(sheet.Name.Trim()))
                    warnings.Add(new Diagnostic(new SourceLocation(workbookDisplay, 0, 0) { Sheet = sheet.Name }, ProblemCode.WorkbookSheet,
                        $"sheet '{Printable.Quote(sheet.Name)}' is not read; mcro reads the sheets {string.Join(" and ", Tables)}"));
                continue;
            }
            if (replaced.ContainsKey($"{yearName}/{table}.csv"))
            {
                warnings.Add(new Diagnostic(new SourceLocation(workbookDisplay, 0, 0) { Sheet = sheet.Name }, ProblemCode.WorkbookSheet, $"a second sheet named '{table}' is not read"));
                continue;
            }
            replaced[$"{yearName}/{table}.csv"] = SheetTables.From(sheet, workbookDisplay, columns[table], warnings)!;
        }
        if (replaced.Count == 0)
            return Result<Imported>.Failed(new Diagnostic(SourceLocation.OfFile(workbookDisplay), ProblemCode.WorkbookSheet,
                $"the workbook has no sheet named {string.Join(" or ", Tables)}; those are the sheets mcro reads"));
        foreach (var missing in Tables.Where(t => !replaced.ContainsKey($"{yearName}/{t}.csv")))
            warnings.Add(new Diagnostic(SourceLocation.OfFile(workbookDisplay), ProblemCode.WorkbookSheet, $"no sheet named '{missing}': {yearName}/{missing}.csv stays as it is"));

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
