namespace Mcro.Diagnostics;

/// <summary>
/// A place in an input file; line and column are 1-based, 0 when unknown. Column counts characters; a CSV cell also
/// names its <see cref="Cell"/> as a spreadsheet shows it, which is what the text of a problem prints. In a workbook
/// (<see cref="Sheet"/> set) the line is the sheet's row and the column its column number (A is 1), so a cell prints as
/// "book.xlsx › offices!E6 (coordination)".
/// </summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary>The spreadsheet column (letter and header) of a CSV cell; null outside CSV.</summary>
    public SpreadsheetColumn? Cell { get; init; }

    /// <summary>The workbook sheet the place is on; null for a text file.</summary>
    public string? Sheet { get; init; }

    public static SourceLocation OfFile(string file) => new(file, 0, 0);

    public override string ToString() => Sheet is not null ? SheetPlace() :
        Line <= 0 ? File : Cell is not null ? $"{File}:{Line}:{Cell}" : Column <= 0 ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";

    private string SheetPlace()
    {
        var sheet = $"{File} › {Sheet}";
        if (Line <= 0) return sheet;
        if (Column <= 0) return $"{sheet}!{Line}:{Line}";
        var header = Cell is { Header.Length: > 0 } cell ? $" ({cell.Header})" : "";
        return $"{sheet}!{SpreadsheetColumn.LetterOf(Column - 1)}{Line}{header}";
    }
}
