using Mcro.Diagnostics;

namespace Mcro.Review.Data;

/// <summary>
/// One change to a data folder, at its place as <c>mcro validate</c> names it: a cell, a row, a text, a column, a file.
/// The place is the newer side's, or the older side's for what is gone.
/// </summary>
public abstract record DataChange(SourceLocation Where)
{
    /// <summary>The file, relative to the data folder ("2019/offices.csv"): changes are reported file by file.</summary>
    public required string File { get; init; }
}

/// <summary>A cell whose value changed: <c>data/2019/offices.csv:14:F (coordination) · Novobërdë/Novo Brdo · no → yes</c>.</summary>
/// <param name="Row">The row as a reader knows it: the municipality's names, or the row's key.</param>
public sealed record CellChange(SourceLocation Where, string Row, string Before, string After) : DataChange(Where);

/// <summary>A row added or removed, found by its key (the municipality, the code, the task key), never by its line number.</summary>
/// <param name="Values">The row's cells as the file has them.</param>
public sealed record RowChange(SourceLocation Where, bool Added, string Row, IReadOnlyList<string> Values) : DataChange(Where);

/// <summary>A text of a YAML file (a page text, a note, a setting) changed, added (null before) or removed (null after), by its key.</summary>
public sealed record DataTextChange(SourceLocation Where, string Key, string? Before, string? After) : DataChange(Where);

/// <summary>A column of a CSV file added or removed: one change, not one per row.</summary>
public sealed record ColumnChange(SourceLocation Where, bool Added, string Column) : DataChange(Where);

/// <summary>A whole file added or removed (a new year's offices.csv): one change, with how much it holds.</summary>
/// <param name="Entries">Its rows (CSV) or texts (YAML).</param>
public sealed record FileChange(SourceLocation Where, bool Added, int Entries) : DataChange(Where);
