namespace Mcro.Producers.Landing.Views;

/// <summary>
/// One mechanism of the series on a landing page, in the page's language: its name and abbreviation, what it is, its latest
/// published year's headline, and the pages the site holds of it (its sheet of each year, its trends page).
/// </summary>
public sealed record SeriesEntry(string Id, string Name, string Abbreviation, string Line, string Headline, IReadOnlyList<SeriesLink> Sheets)
{
    public SeriesLink? Trends { get; init; }
}

public sealed record SeriesLink(string Label, string Href);
