namespace Mcro.Diagnostics;

/// <summary>
/// A place in an input file; line and column are 1-based, 0 when unknown. Column counts characters; a CSV cell also
/// names its <see cref="Cell"/> as a spreadsheet shows it, which is what the text of a problem prints.
/// </summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary>The spreadsheet column (letter and header) of a CSV cell; null outside CSV.</summary>
    public SpreadsheetColumn? Cell { get; init; }

    public static SourceLocation OfFile(string file) => new(file, 0, 0);

    public override string ToString() =>
        Line <= 0 ? File : Cell is not null ? $"{File}:{Line}:{Cell}" : Column <= 0 ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";
}
