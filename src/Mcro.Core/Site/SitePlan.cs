using Mcro.Localization;

namespace Mcro.Site;

/// <summary>
/// What the site holds (every year × every edition, for links, the landing page and the sitemap)
/// and what this build renders (the years and editions asked for).
/// </summary>
/// <param name="BaseUrl">The site's public address, for canonical links and sitemap.xml; null when not given.</param>
public sealed record SitePlan(
    IReadOnlyList<int> Years,
    IReadOnlyList<Edition> Editions,
    IReadOnlyList<int> BuildYears,
    IReadOnlyList<Edition> BuildEditions,
    Edition LandingEdition,
    string? BaseUrl)
{
    public IEnumerable<(int Year, Edition Edition)> Sheets =>
        BuildYears.SelectMany(year => BuildEditions.Select(edition => (year, edition)));
}
