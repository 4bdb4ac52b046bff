using Mcro.Localization;

namespace Mcro.Producers;

/// <summary>
/// One page the site holds once this build is written, as its kind describes it before anything renders: built now or
/// kept from an earlier build. Frames (switchers, alternates) and the sitemap are computed from these alone.
/// </summary>
/// <param name="Path">Where it lives, as <see cref="Site.SiteLayout"/> gives it.</param>
/// <param name="Kind">Its kind ("sheet", "profile"). The same page in another edition has the same kind, year and subject.</param>
/// <param name="Year">The year it is of; null for a page of every year (the trends, a landing page).</param>
/// <param name="Subject">What it is about among its kind's pages of a year (a municipality's code); null for the kind's one page.</param>
public sealed record PageDescription(string Path, string Kind, Edition Edition, int? Year = null, string? Subject = null)
{
    /// <summary>The kind whose pages of each year (same edition and subject) the year switcher lists; null: no year switcher.</summary>
    public string? YearsOf { get; init; }

    /// <summary>Whether it shows a draft year's data (<see cref="Build.SitePlan.IsDraft"/>): marked so, and never in the sitemap.</summary>
    public bool Draft { get; init; }

    /// <summary>
    /// Whether it shows the data of the years it covers. A page of every year that shows none (the accessibility
    /// statement) is never a draft's page, whatever years the build holds.
    /// </summary>
    public bool ShowsData { get; init; } = true;

    /// <summary>Whether sitemap.xml lists it.</summary>
    public bool InSitemap { get; init; } = true;

    /// <summary>
    /// A page for readers of any language (the root landing page): every page's x-default, in no language switcher, and
    /// listed in the sitemap without alternates.
    /// </summary>
    public bool AnyLanguage { get; init; }

    /// <summary>
    /// Where its printed leaflet goes (mcro build --pdf), as <see cref="Site.SiteLayout"/> gives it ("2019/sr/mocr-2019-sr.pdf");
    /// null: the page is not printed. The leaflet producer prints every page that has one, and the page links it (<see cref="LeafletLink"/>).
    /// </summary>
    public string? Leaflet { get; init; }

    /// <summary>
    /// The text of its leaflet's keywords (document information), given {year}; null: its printed title is its keywords too.
    /// Its producer declares it among its texts.
    /// </summary>
    public PageText? LeafletKeywords { get; init; }

    /// <summary>Whether <paramref name="other"/> is this page in another edition (or this page itself).</summary>
    public bool IsSamePage(PageDescription other) => Kind == other.Kind && Year == other.Year && Subject == other.Subject;
}
