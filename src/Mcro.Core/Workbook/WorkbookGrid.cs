using System.Collections.Immutable;

namespace Mcro.Workbook;

/// <summary>A workbook as read: its sheets in order, the year it records (an exported workbook does), each cell's value as text.</summary>
public sealed record WorkbookGrid(ImmutableArray<GridSheet> Sheets, int? Year);

/// <summary>A sheet's non-empty rows, each with its 1-based row number.</summary>
public sealed record GridSheet(string Name, ImmutableArray<GridRow> Rows);

/// <summary>A row's non-empty cells, each with its 1-based column number (A is 1).</summary>
public sealed record GridRow(int Number, ImmutableArray<GridCell> Cells)
{
    public string this[int column] => Cells.FirstOrDefault(c => c.Column == column)?.Text ?? "";
}

public sealed record GridCell(int Column, string Text);
