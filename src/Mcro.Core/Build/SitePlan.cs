using Mcro.Localization;
using Mcro.Site;

namespace Mcro.Build;

/// <summary>
/// What the site is made of: the dataset's years and editions, what this build renders (the years and editions asked
/// for), and which sheets the site holds once it is written — built now or kept from an earlier build. Every link,
/// switcher, alternate and sitemap entry goes only to a published sheet, so a partial build never links a page that
/// does not exist.
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
    private static readonly IReadOnlySet<string> None = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The sheets of earlier builds that stay in the output as they are ("2018/sq").</summary>
    public IReadOnlySet<string> Kept { get; init; } = None;

    /// <summary>
    /// Sheets of earlier builds rendered again although not asked for: when the published sheets change, the pages
    /// kept from before would otherwise not link the new ones, or still link the removed ones.
    /// </summary>
    public IReadOnlySet<string> Rerendered { get; init; } = None;

    /// <summary>The draft years this build renders (--drafts): their pages, and the pages of every year beside them, are marked as drafts.</summary>
    public IReadOnlySet<int> Drafts { get; init; } = new HashSet<int>();

    /// <summary>
    /// A page showing a draft year's data: one of a draft year, or one of every year while a draft year is published.
    /// It carries the draft banner and noindex, and the sitemap leaves it out.
    /// </summary>
    public bool IsDraft(int? year) => year is { } y ? Drafts.Contains(y) : PublishedYears.Any(Drafts.Contains);

    /// <summary>Whether each sheet built is printed to its PDF leaflet beside it (--pdf), and so links it.</summary>
    public bool Leaflets { get; init; }

    /// <summary>Every sheet this build renders: those asked for, then those rendered again, each once.</summary>
    public IEnumerable<(int Year, Edition Edition)> Sheets =>
        BuildYears.SelectMany(year => BuildEditions.Select(edition => (year, edition)))
            .Concat(Years.SelectMany(year => Editions.Where(e => Rerendered.Contains(SiteLayout.EditionFolder(year, e))).Select(e => (year, e))))
            .Distinct();

    /// <summary>The years whose data the sheets need.</summary>
    public IReadOnlyList<int> SheetYears => Sheets.Select(s => s.Year).Distinct().Order().ToList();

    public bool IsBuilt(int year, Edition edition) =>
        (BuildYears.Contains(year) && BuildEditions.Contains(edition)) || Rerendered.Contains(SiteLayout.EditionFolder(year, edition));

    public bool IsPublished(int year, Edition edition) => IsBuilt(year, edition) || Kept.Contains(SiteLayout.EditionFolder(year, edition));

    /// <summary>The years with at least one published sheet, oldest first.</summary>
    public IReadOnlyList<int> PublishedYears => Years.Where(y => Editions.Any(e => IsPublished(y, e))).ToList();

    /// <summary>The published editions of a year, in the dataset's order.</summary>
    public IReadOnlyList<Edition> PublishedEditions(int year) => Editions.Where(e => IsPublished(year, e)).ToList();

    /// <summary>The years in which an edition is published.</summary>
    public IReadOnlyList<int> PublishedYearsOf(Edition edition) => Years.Where(y => IsPublished(y, edition)).ToList();

    /// <summary>Every published sheet, as its edition folder ("2019/sr").</summary>
    public IReadOnlySet<string> Published =>
        Years.SelectMany(y => Editions.Where(e => IsPublished(y, e)).Select(e => SiteLayout.EditionFolder(y, e))).ToHashSet(StringComparer.Ordinal);

    /// <summary>An edition of this dataset, built now or not: what an output folder may keep of earlier builds.</summary>
    public bool IsDatasetEdition(string unit) =>
        SiteLayout.EditionOf(unit) is var (year, tag) && Years.Contains(year) && Editions.Any(e => e.Tag == tag);
}
