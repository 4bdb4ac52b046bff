using Mcro.Diagnostics;

namespace Mcro.Loading;

/// <summary>The location of a CSV cell: its line and character column, and its spreadsheet column (letter and header).</summary>
public static class CsvCell
{
    /// <param name="index">The cell's 0-based place in its row.</param>
    /// <param name="header">The header's names; a cell beyond them, or in the header itself, is named by its letter alone.</param>
    public static SourceLocation At(string file, int line, int column, int index, IReadOnlyList<string>? header = null) =>
        new(file, line, column) { Cell = new SpreadsheetColumn(index, header is not null && index < header.Count ? Printable.Quote(header[index]) : "") };
}
