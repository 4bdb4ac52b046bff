using System.Collections.Immutable;
using Mcro.Diagnostics;
using Mcro.Model;

namespace Mcro.Loading;

/// <summary>Checks a table's header against the columns a file must have, and yields its rows by column name.</summary>
public sealed class CsvColumns
{
    private readonly CsvTable _table;
    private readonly ImmutableDictionary<string, int> _indexOf;

    private CsvColumns(CsvTable table, ImmutableDictionary<string, int> indexOf)
    {
        _table = table;
        _indexOf = indexOf;
    }

    /// <param name="otherColumnsAllowed">Accept columns not listed, when the list itself could not be read completely.</param>
    public static CsvColumns? Bind(CsvTable table, IReadOnlyList<string> required, DiagnosticBag bag, IReadOnlyList<string>? optional = null,
        bool otherColumnsAllowed = false)
    {
        var allowed = required.Concat(optional ?? []).ToList();
        // A tab-separated export reads as one column named "municipality\tposition\t…": say that, not "N columns missing".
        if (table.Header.Length == 1 && table.Header[0].Name.Contains('\t', StringComparison.Ordinal))
        {
            bag.Add(new SourceLocation(table.File, table.HeaderLine, 1) { Sheet = table.Sheet }, ProblemCode.CsvDelimiter,
                "the columns are separated by tabs; mcro reads CSV separated by commas or semicolons: export the sheet as 'CSV UTF-8 (Comma delimited)'");
            return null;
        }
        var indexOf = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        var misspelled = new HashSet<string>(StringComparer.Ordinal);
        var ok = true;
        for (var i = 0; i < table.Header.Length; i++)
        {
            var cell = table.Header[i];
            var at = table.Cell(table.HeaderLine, cell.Column, i);
            if (cell.Name.Length == 0)
            {
                bag.Add(at, ProblemCode.ColumnUnknown, $"column {i + 1} has no name; expected columns: {string.Join(", ", allowed)}");
                ok = false;
            }
            else if (indexOf.ContainsKey(cell.Name))
            {
                bag.Add(at, ProblemCode.ColumnDuplicate, $"column '{cell.Name}' appears twice");
                ok = false;
            }
            else if (!allowed.Contains(cell.Name) && otherColumnsAllowed) { }
            else if (!allowed.Contains(cell.Name))
            {
                if (Suggestions.Nearest(cell.Name, allowed) is { } near) misspelled.Add(near);
                bag.Add(at, ProblemCode.ColumnUnknown, $"unknown column '{Printable.Quote(cell.Name)}'{Suggestions.DidYouMean(cell.Name, allowed)} (expected: {string.Join(", ", allowed)})");
                ok = false;
            }
            else indexOf[cell.Name] = i;
        }
        // A misspelt header is one mistake: "unknown column 'gendr'; did you mean 'gender'?" already says 'gender' is missing.
        foreach (var name in required.Where(n => !indexOf.ContainsKey(n) && !misspelled.Contains(n)))
        {
            bag.Add(new SourceLocation(table.File, table.HeaderLine, table.Sheet is null ? 1 : 0) { Sheet = table.Sheet }, ProblemCode.ColumnMissing, $"missing column '{name}'");
            ok = false;
        }
        return ok ? new CsvColumns(table, indexOf.ToImmutable()) : null;
    }

    /// <summary>The rows whose cell count matches the header; the others are reported.</summary>
    public IEnumerable<CsvRow> Rows(DiagnosticBag bag)
    {
        var names = _table.Header.Select(h => h.Name).ToList();
        foreach (var record in _table.Records)
        {
            if (record.Values.Length != _table.Header.Length)
            {
                var index = record.Values.Length > _table.Header.Length ? _table.Header.Length : record.Values.Length - 1;
                bag.Add(_table.Cell(record.Line, record.Columns[index], index, names), ProblemCode.CsvFieldCount,
                    $"row has {record.Values.Length} values but the header has {_table.Header.Length} columns");
                continue;
            }
            var rowColumns = _indexOf.ToImmutableDictionary(p => p.Key, p => new SourceRow.CellPlace(record.Columns[p.Value], _table.SpreadsheetIndex(record.Columns[p.Value], p.Value)));
            yield return new CsvRow(this, record, new SourceRow(_table.File, record.Line, rowColumns) { Sheet = _table.Sheet });
        }
    }

    internal string Value(CsvRecord record, string column) => _indexOf.TryGetValue(column, out var i) ? record.Values[i] : "";
}

/// <summary>One data row with access by column name and to each cell's location.</summary>
public sealed record CsvRow(CsvColumns Columns, CsvRecord Record, SourceRow Source)
{
    public string this[string column] => Columns.Value(Record, column);

    public SourceLocation Cell(string column) => Source.Cell(column);
}
