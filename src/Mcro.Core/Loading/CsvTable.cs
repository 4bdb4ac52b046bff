using System.Collections.Immutable;

namespace Mcro.Loading;

/// <summary>A CSV file as read: normalised header names (on <paramref name="HeaderLine"/>) and every data row with its cells' positions.</summary>
public sealed record CsvTable(string File, int HeaderLine, ImmutableArray<CsvHeaderCell> Header, ImmutableArray<CsvRecord> Records);

/// <summary>A header name, lower-cased and trimmed, and the column it starts at.</summary>
public sealed record CsvHeaderCell(string Name, int Column);

/// <summary>One data row: trimmed values and the 1-based line and column where each cell starts.</summary>
public sealed record CsvRecord(int Line, ImmutableArray<string> Values, ImmutableArray<int> Columns);
