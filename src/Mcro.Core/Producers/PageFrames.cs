using System.Globalization;
using Mcro.Build;
using Mcro.Localization;
using Mcro.Model;
using Mcro.Producers.Landing.Views;
using Mcro.Rendering.Views;
using Mcro.Site;

namespace Mcro.Producers;

/// <summary>
/// The frame of every page: title, switchers between editions and years, alternates, canonical address. Every link
/// goes to a sheet the site holds after this build (<see cref="SitePlan.IsPublished"/>), never to one that was not built.
/// </summary>
public sealed class PageFrames(SitePlan plan, DatasetConfig config, IReadOnlyDictionary<Edition, TextCatalog> texts)
{
    public PageFrame ForSheet(int year, Edition edition, string title)
    {
        var self = SiteLayout.Sheet(year, edition);
        var editions = plan.PublishedEditions(year);
        var languages = editions
            .Select(e => new NavLink(texts[e].Endonym(), SiteLayout.Relative(self, SiteLayout.Sheet(year, e)), e.Language, e == edition))
            .ToList();
        var years = plan.PublishedYearsOf(edition)
            .Select(y => new NavLink(y.ToString(CultureInfo.InvariantCulture), SiteLayout.Relative(self, SiteLayout.Sheet(y, edition)), edition.Language, y == year))
            .ToList();
        var alternates = editions
            .Select(e => new AlternateLink(e.Language, Link(self, SiteLayout.Sheet(year, e))))
            .Append(new AlternateLink("x-default", Link(self, SiteLayout.Landing)))
            .ToList();
        return Frame(self, edition, title, alternates, languages, years);
    }

    /// <summary>
    /// A landing page, titled with the site's name: the root one (<paramref name="self"/> = index.html) in the dataset's
    /// default language, or one edition's own (sr/index.html); each links every edition's landing page.
    /// </summary>
    public PageFrame ForLanding(Edition edition, string self)
    {
        var languages = LandingEditions()
            .Select(e => new NavLink(texts[e].Endonym(), SiteLayout.Relative(self, SiteLayout.EditionLanding(e)), e.Language, self == SiteLayout.EditionLanding(e)))
            .ToList();
        var alternates = LandingEditions()
            .Select(e => new AlternateLink(e.Language, Link(self, SiteLayout.EditionLanding(e))))
            .Append(new AlternateLink("x-default", Link(self, SiteLayout.Landing)))
            .ToList();
        return Frame(self, edition, SiteTitle(edition), alternates, languages, []);
    }

    /// <summary>The editions with at least one published sheet: each has a landing page in its language.</summary>
    public IReadOnlyList<Edition> LandingEditions() =>
        plan.Editions.Where(e => plan.PublishedYears.Any(y => plan.IsPublished(y, e))).ToList();

    /// <summary>The editions with a trends page: those with at least one published sheet.</summary>
    public IReadOnlyList<Edition> TrendsEditions() => plan.Editions.Where(e => plan.PublishedYearsOf(e).Count > 0).ToList();

    /// <summary>An edition's trends page: its languages go to the same page in the other editions, its years to this edition's sheets.</summary>
    public PageFrame ForTrends(Edition edition, string title)
    {
        var self = SiteLayout.Trends(edition);
        var editions = TrendsEditions();
        var languages = editions
            .Select(e => new NavLink(texts[e].Endonym(), SiteLayout.Relative(self, SiteLayout.Trends(e)), e.Language, e == edition))
            .ToList();
        var years = plan.PublishedYearsOf(edition)
            .Select(y => new NavLink(y.ToString(CultureInfo.InvariantCulture), SiteLayout.Relative(self, SiteLayout.Sheet(y, edition)), edition.Language, false))
            .ToList();
        var alternates = editions
            .Select(e => new AlternateLink(e.Language, Link(self, SiteLayout.Trends(e))))
            .Append(new AlternateLink("x-default", Link(self, SiteLayout.Landing)))
            .ToList();
        return Frame(self, edition, title, alternates, languages, years);
    }

    /// <summary>
    /// A municipality's profile: its languages go to the same profile in the year's other editions, its years to its
    /// profile in the edition's other years (every published sheet has a profile for every municipality).
    /// </summary>
    public PageFrame ForProfile(int year, Edition edition, string code, string title)
    {
        var self = SiteLayout.Profile(year, edition, code);
        var editions = plan.PublishedEditions(year);
        var languages = editions
            .Select(e => new NavLink(texts[e].Endonym(), SiteLayout.Relative(self, SiteLayout.Profile(year, e, code)), e.Language, e == edition))
            .ToList();
        var years = plan.PublishedYearsOf(edition)
            .Select(y => new NavLink(y.ToString(CultureInfo.InvariantCulture), SiteLayout.Relative(self, SiteLayout.Profile(y, edition, code)), edition.Language, y == year))
            .ToList();
        var alternates = editions
            .Select(e => new AlternateLink(e.Language, Link(self, SiteLayout.Profile(year, e, code))))
            .Append(new AlternateLink("x-default", Link(self, SiteLayout.Landing)))
            .ToList();
        return Frame(self, edition, title, alternates, languages, years);
    }

    /// <summary>The trends page of every edition, for the landing page, each named in its own language.</summary>
    public IReadOnlyList<LandingEdition> LandingTrends(string self) => TrendsEditions()
        .Select(e => new LandingEdition(texts[e].Endonym(), texts[e].Text(SharedTexts.TrendsLink), SiteLayout.Relative(self, SiteLayout.Trends(e)), e.Language))
        .ToList();

    /// <summary>Every published year with a link to each of its published editions, named and titled in its own language.</summary>
    public IReadOnlyList<LandingYear> LandingYears(string self) => plan.PublishedYears
        .Select(year => new LandingYear(year, plan.PublishedEditions(year)
            .Select(e => new LandingEdition(texts[e].Endonym(),
                texts[e].Text(SharedTexts.SheetTitle, ("year", year.ToString(CultureInfo.InvariantCulture))),
                SiteLayout.Relative(self, SiteLayout.Sheet(year, e)), e.Language))
            .ToList()))
        .ToList();

    private string SiteTitle(Edition edition) => edition.Script(config.Title[edition.DataLanguage]);

    private PageFrame Frame(string self, Edition edition, string title, IReadOnlyList<AlternateLink> alternates,
        IReadOnlyList<NavLink> languages, IReadOnlyList<NavLink> years) => new(
            edition.Language,
            title,
            SiteTitle(edition),
            edition.Script(config.Publisher[edition.DataLanguage]),
            SiteLayout.Relative(self, SiteLayout.Landing),
            SiteLayout.Relative(self, SiteLayout.Stylesheet),
            plan.BaseUrl is { } baseUrl ? SiteLayout.Absolute(baseUrl, self) : null,
            config.Illustrative,
            alternates,
            languages,
            years);

    /// <summary>For alternates: relative by default, absolute when the site has a public address (search engines want them so).
    /// Links a reader follows stay relative always.</summary>
    private string Link(string from, string to) =>
        plan.BaseUrl is { } baseUrl ? SiteLayout.Absolute(baseUrl, to) : SiteLayout.Relative(from, to);
}
