using System.Collections.Immutable;

namespace Mcro.Loading;

/// <summary>A CSV file as read: normalised header names (on <paramref name="HeaderLine"/>) and every data row with its cells' positions.</summary>
/// <remarks>
/// A table read from a workbook sheet (<see cref="Sheet"/> set) has the sheet's row numbers as lines and its column
/// numbers (A is 1) as columns, so every problem the loader and the validator find names the sheet's cell.
/// </remarks>
public sealed record CsvTable(string File, int HeaderLine, ImmutableArray<CsvHeaderCell> Header, ImmutableArray<CsvRecord> Records)
{
    /// <summary>The workbook sheet the table was read from; null for a CSV file.</summary>
    public string? Sheet { get; init; }

    /// <summary>The location of a cell: in a sheet, named by the sheet's own column; in CSV, by its place in the row.</summary>
    public Diagnostics.SourceLocation Cell(int line, int column, int index, IReadOnlyList<string>? header = null) =>
        Sheet is null ? CsvCell.At(File, line, column, index, header) : CsvCell.At(File, line, column, column - 1, header) with { Sheet = Sheet };

    /// <summary>The 0-based spreadsheet column of a cell whose character (or sheet) column is <paramref name="column"/>.</summary>
    public int SpreadsheetIndex(int column, int index) => Sheet is null ? index : column - 1;
}

/// <summary>A header name, lower-cased and trimmed, and the column it starts at.</summary>
public sealed record CsvHeaderCell(string Name, int Column);

/// <summary>One data row: trimmed values and the 1-based line and column where each cell starts.</summary>
public sealed record CsvRecord(int Line, ImmutableArray<string> Values, ImmutableArray<int> Columns);
