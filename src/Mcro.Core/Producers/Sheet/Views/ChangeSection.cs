namespace Mcro.Producers.Sheet.Views;

/// <summary>The change from the year before in the data: one row per headline figure, and why shares are compared where they are.</summary>
public sealed record ChangeSection(
    string Heading,
    string PreviousYear,
    string Year,
    IReadOnlyList<string> Columns,
    IReadOnlyList<ChangeRow> Rows,
    IReadOnlyList<string> Notes);

/// <param name="Direction">"up", "down" or "same": for styling only; the words and the sign say it.</param>
/// <param name="Basis">The word for "compared as a share", or null where counts are compared.</param>
public sealed record ChangeRow(string Figure, string Previous, string Current, string Change, string Direction, string? Basis);
