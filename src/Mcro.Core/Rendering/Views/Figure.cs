using Mcro.Charts;

namespace Mcro.Rendering.Views;

/// <summary>
/// A chart as the page shows it: the chart itself (the page writes its inline form), its file, the same figures as a
/// table, and its notes.
/// </summary>
/// <param name="Src">The chart's own file, relative to the page: "charts/work-plans.svg".</param>
/// <param name="Footnote">What the asterisk in the title refers to, if it has one.</param>
public sealed record Figure(
    DrawnChart Chart,
    string Src,
    DataTable Table,
    IReadOnlyList<string> Notes,
    string? Footnote = null)
{
    public string Id => Chart.Spec.Id;

    public string Title => Chart.Spec.Title;

    public string Description => Chart.Spec.Description;
}

/// <summary>Columns[0] heads the row labels; every cell is already formatted in the edition's number style.</summary>
public sealed record DataTable(IReadOnlyList<string> Columns, IReadOnlyList<TableRow> Rows, TableRow? Total);

public sealed record TableRow(string Label, IReadOnlyList<string> Cells);
