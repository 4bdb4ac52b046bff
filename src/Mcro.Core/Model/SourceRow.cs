using System.Collections.Immutable;
using Mcro.Diagnostics;

namespace Mcro.Model;

/// <summary>Where a CSV row came from, so any later stage can point at one of its cells.</summary>
public sealed record SourceRow(string File, int Line, ImmutableDictionary<string, int> ColumnOf)
{
    public SourceLocation Row => new(File, Line, 1);

    public SourceLocation Cell(string column) =>
        new(File, Line, ColumnOf.TryGetValue(column, out var c) ? c : 1);
}
