namespace Mcro.Producers.Landing.Views;

/// <summary>The site's front page: every edition of every year.</summary>
public sealed record LandingPage(string Heading, IReadOnlyList<LandingYear> Years)
{
    /// <summary>The trends page of every edition (all years compared).</summary>
    public IReadOnlyList<LandingEdition> Trends { get; init; } = [];

    /// <summary>Every mechanism of the series in its order (none for a dataset that defines no mechanism), and its heading.</summary>
    public IReadOnlyList<SeriesEntry> Series { get; init; } = [];

    public string SeriesHeading { get; init; } = "";

    public string SheetsLabel { get; init; } = "";
}

public sealed record LandingYear(int Year, IReadOnlyList<LandingEdition> Editions);

/// <summary>One sheet on the landing page: its language's name for itself and the sheet's title, both in that language.</summary>
public sealed record LandingEdition(string Language, string Title, string Href, string Lang);
