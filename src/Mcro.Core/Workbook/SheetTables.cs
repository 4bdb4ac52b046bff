using System.Collections.Immutable;
using Mcro.Diagnostics;
using Mcro.Loading;

namespace Mcro.Workbook;

/// <summary>
/// A sheet as the table the loader reads: its first non-empty row is the header (keys in parentheses or alone), each
/// later non-empty row a record, every cell at its sheet row and column. Columns the table does not take are left out
/// with a warning; the names beside the codes are left out without one.
/// </summary>
public static class SheetTables
{
    public static CsvTable? From(GridSheet sheet, string file, IReadOnlySet<string> columns, List<Diagnostic> warnings)
    {
        if (sheet.Rows.IsEmpty) return new CsvTable(file, 1, [], []) { Sheet = sheet.Name };
        var header = sheet.Rows[0];
        var kept = new List<(int Column, string Key)>();
        foreach (var cell in header.Cells)
        {
            var key = WorkbookLayout.KeyOf(cell.Text);
            if (columns.Contains(key)) kept.Add((cell.Column, key));
            else if (key != WorkbookLayout.NameColumn)
                warnings.Add(new Diagnostic(new SourceLocation(file, header.Number, cell.Column) { Sheet = sheet.Name }, ProblemCode.WorkbookColumn,
                    $"column '{Printable.Quote(cell.Text)}' is not read (the {sheet.Name} columns are: {string.Join(", ", columns.Order(StringComparer.Ordinal))})"));
        }
        var headerColumns = header.Cells.Select(c => c.Column).ToHashSet();
        foreach (var column in sheet.Rows.Skip(1).SelectMany(r => r.Cells).Select(c => c.Column).Where(c => !headerColumns.Contains(c)).Distinct().Order())
            warnings.Add(new Diagnostic(new SourceLocation(file, header.Number, column) { Sheet = sheet.Name }, ProblemCode.WorkbookColumn,
                $"column {SpreadsheetColumn.LetterOf(column - 1)} has values but no header; it is not read"));
        var records = sheet.Rows.Skip(1)
            .Select(r => (Row: r, Values: kept.Select(k => r[k.Column].Trim()).ToImmutableArray()))
            .Where(r => r.Values.Any(v => v.Length > 0))
            .Select(r => new CsvRecord(r.Row.Number, r.Values, [.. kept.Select(k => k.Column)]));
        return new CsvTable(file, header.Number, [.. kept.Select(k => new CsvHeaderCell(k.Key, k.Column))], [.. records]) { Sheet = sheet.Name };
    }
}
