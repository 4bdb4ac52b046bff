using Mcro.Localization;

namespace Mcro.Build;

/// <summary>
/// What the site is made of: the dataset's years and editions, what this build renders (the years and editions asked
/// for), and which sheets the site holds once it is written — built now or kept from an earlier build. Every link,
/// switcher, alternate and sitemap entry goes only to a published sheet, so a partial build never links a page that
/// does not exist.
/// </summary>
/// <param name="BaseUrl">The site's public address, for canonical links and sitemap.xml; null when not given.</param>
/// <param name="Kept">The sheets of earlier builds still in the output and left as they are ("2018/sq").</param>
public sealed record SitePlan(
    IReadOnlyList<int> Years,
    IReadOnlyList<Edition> Editions,
    IReadOnlyList<int> BuildYears,
    IReadOnlyList<Edition> BuildEditions,
    Edition LandingEdition,
    string? BaseUrl,
    IReadOnlySet<string> Kept)
{
    public IEnumerable<(int Year, Edition Edition)> Sheets =>
        BuildYears.SelectMany(year => BuildEditions.Select(edition => (year, edition)));

    public bool IsBuilt(int year, Edition edition) => BuildYears.Contains(year) && BuildEditions.Contains(edition);

    public bool IsPublished(int year, Edition edition) => IsBuilt(year, edition) || Kept.Contains(Site.SiteLayout.EditionFolder(year, edition));

    /// <summary>The years with at least one published sheet, oldest first.</summary>
    public IReadOnlyList<int> PublishedYears => Years.Where(y => Editions.Any(e => IsPublished(y, e))).ToList();

    /// <summary>The published editions of a year, in the dataset's order.</summary>
    public IReadOnlyList<Edition> PublishedEditions(int year) => Editions.Where(e => IsPublished(year, e)).ToList();

    /// <summary>The years in which an edition is published.</summary>
    public IReadOnlyList<int> PublishedYearsOf(Edition edition) => Years.Where(y => IsPublished(y, edition)).ToList();

    /// <summary>An edition of this dataset, built now or not: what an output folder may keep of earlier builds.</summary>
    public bool IsDatasetEdition(string unit) =>
        Site.SiteLayout.EditionOf(unit) is var (year, tag) && Years.Contains(year) && Editions.Any(e => e.Tag == tag);
}
