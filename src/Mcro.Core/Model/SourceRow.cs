using System.Collections.Immutable;
using Mcro.Diagnostics;

namespace Mcro.Model;

/// <summary>Where a CSV row came from, so any later stage can point at one of its cells (line, column letter and header).</summary>
/// <param name="ColumnOf">Each column's cell in this row, by header name.</param>
public sealed record SourceRow(string File, int Line, ImmutableDictionary<string, SourceRow.CellPlace> ColumnOf)
{
    /// <summary>Where a cell starts (1-based character column) and its 0-based place in the row (A is 0).</summary>
    public sealed record CellPlace(int Column, int Index);

    /// <summary>The workbook sheet of a row read from a workbook (its column numbers are then the sheet's); null for CSV.</summary>
    public string? Sheet { get; init; }

    public SourceLocation Row => new(File, Line, Sheet is null ? 1 : 0) { Sheet = Sheet };

    public SourceLocation Cell(string column) =>
        ColumnOf.TryGetValue(column, out var place)
            ? new SourceLocation(File, Line, place.Column) { Cell = new SpreadsheetColumn(place.Index, column), Sheet = Sheet }
            : Row;
}
