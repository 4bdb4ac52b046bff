using Mcro.Localization;

namespace Mcro.Producers.Landing;

/// <summary>The texts of the landing page's series: one entry per mechanism, its latest year's headline and its pages.</summary>
public static class SeriesLandingTexts
{
    public static readonly PageText Heading = PageText.Plain("series_landing.heading");
    public static readonly PageText Established = PageText.PluralOf("series_landing.established", "count", "total", "abbreviation");
    public static readonly PageText Latest = PageText.Plain("series_landing.latest", "year", "figure");
    public static readonly PageText Sheets = PageText.Plain("series_landing.sheets");
    public static readonly PageText Trends = PageText.Plain("series_landing.trends");

    /// <summary>The MOCR's headline, as its sheet says it.</summary>
    public static readonly PageText OfficesEstablished = PageText.PluralOf("establishment.summary", "count", "total");

    public static IReadOnlyList<PageText> All { get; } = [Heading, Established, Latest, Sheets, Trends, OfficesEstablished];
}
