using Mcro.Rendering.Views;

namespace Mcro.Producers.Trends.Views;

/// <summary>An edition's trends page: one figure per headline figure over every year in the data, and the breaks explained.</summary>
public sealed record TrendsPage(
    string Title,
    string Intro,
    string SheetsHeading,
    IReadOnlyList<NavLink> Sheets,
    IReadOnlyList<Figure> Figures,
    string BreaksHeading,
    IReadOnlyList<BreakNote> Breaks,
    DownloadLinks Downloads);

/// <summary>Why a series breaks before a year: the note a chart's numbered mark refers to.</summary>
public sealed record BreakNote(string Number, string Id, string Text, IReadOnlyList<string> Reasons);
