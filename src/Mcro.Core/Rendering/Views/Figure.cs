namespace Mcro.Rendering.Views;

/// <summary>A chart as the page shows it: the inline SVG, its file, the same figures as a table, and its notes.</summary>
/// <param name="Src">The chart's own file, relative to the page: "charts/work-plans.svg".</param>
/// <param name="Footnote">What the asterisk in the title refers to, if it has one.</param>
public sealed record Figure(
    string Id,
    string Title,
    string Description,
    RawHtml Svg,
    string Src,
    DataTable Table,
    IReadOnlyList<string> Notes,
    string? Footnote = null);

/// <summary>Columns[0] heads the row labels; every cell is already formatted in the edition's number style.</summary>
public sealed record DataTable(IReadOnlyList<string> Columns, IReadOnlyList<TableRow> Rows, TableRow? Total);

public sealed record TableRow(string Label, IReadOnlyList<string> Cells);
