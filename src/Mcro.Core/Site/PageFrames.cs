using Mcro.Localization;
using Mcro.Model;
using Mcro.Rendering.Views;

namespace Mcro.Site;

/// <summary>The frame of every page: title, switchers between editions and years, alternates, canonical address.</summary>
public sealed class PageFrames(SitePlan plan, DatasetConfig config, IReadOnlyDictionary<Edition, string> endonyms)
{
    public PageFrame ForSheet(int year, Edition edition, string title)
    {
        var self = SitePaths.Sheet(year, edition);
        var languages = plan.Editions
            .Select(e => new NavLink(endonyms[e], SitePaths.Relative(self, SitePaths.Sheet(year, e)), e.Tag, e == edition))
            .ToList();
        var years = plan.Years
            .Select(y => new NavLink(y.ToString(System.Globalization.CultureInfo.InvariantCulture), SitePaths.Relative(self, SitePaths.Sheet(y, edition)), edition.Tag, y == year))
            .ToList();
        var alternates = plan.Editions
            .Select(e => new AlternateLink(e.Tag, Link(self, SitePaths.Sheet(year, e))))
            .Append(new AlternateLink("x-default", Link(self, SitePaths.Landing)))
            .ToList();
        return Frame(self, edition, title, alternates, languages, years);
    }

    /// <summary>The landing page is in the dataset's default language and titled with the site's name.</summary>
    public PageFrame ForLanding() =>
        Frame(SitePaths.Landing, plan.LandingEdition, SiteTitle(plan.LandingEdition), [], [], []);

    /// <summary>Every year with a link to each of its editions, named and titled in its own language.</summary>
    public IReadOnlyList<LandingYear> LandingYears(IReadOnlyDictionary<Edition, TextCatalog> texts) => plan.Years
        .Select(year => new LandingYear(year, plan.Editions
            .Select(e => new LandingEdition(endonyms[e],
                texts[e].Text("sheet.title", ("year", year.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                SitePaths.Relative(SitePaths.Landing, SitePaths.Sheet(year, e)), e.Tag))
            .ToList()))
        .ToList();

    private string SiteTitle(Edition edition) => edition.Script(config.Title[edition.DataLanguage]);

    private PageFrame Frame(string self, Edition edition, string title, IReadOnlyList<AlternateLink> alternates,
        IReadOnlyList<NavLink> languages, IReadOnlyList<NavLink> years) => new(
            edition.Tag,
            title,
            SiteTitle(edition),
            edition.Script(config.Publisher[edition.DataLanguage]),
            SitePaths.Relative(self, SitePaths.Landing),
            SitePaths.Relative(self, SitePaths.Stylesheet),
            plan.BaseUrl is { } baseUrl ? SitePaths.Absolute(baseUrl, self) : null,
            config.Illustrative,
            alternates,
            languages,
            years);

    /// <summary>For alternates: relative by default, absolute when the site has a public address (search engines want them so).
    /// Links a reader follows stay relative always.</summary>
    private string Link(string from, string to) =>
        plan.BaseUrl is { } baseUrl ? SitePaths.Absolute(baseUrl, to) : SitePaths.Relative(from, to);
}
