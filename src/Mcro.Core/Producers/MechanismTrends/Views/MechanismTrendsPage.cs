using Mcro.Rendering.Views;

namespace Mcro.Producers.MechanismTrends.Views;

/// <summary>A mechanism's trends page in one edition: every year side by side as a table, the same figures as charts, and the downloads.</summary>
public sealed record MechanismTrendsPage(
    string Title,
    string Intro,
    string SheetsHeading,
    IReadOnlyList<NavLink> Sheets,
    TrendsTable Table,
    IReadOnlyList<Figure> Figures,
    DownloadLinks Downloads);

/// <summary>Every figure (a row) in every year (a column), in groups (establishment, functioning, people, duties).</summary>
public sealed record TrendsTable(string Caption, string FigureColumn, IReadOnlyList<string> Years, IReadOnlyList<TrendsGroup> Groups);

public sealed record TrendsGroup(string Heading, IReadOnlyList<TableRow> Rows);
