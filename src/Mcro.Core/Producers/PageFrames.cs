using System.Globalization;
using Mcro.Build;
using Mcro.Localization;
using Mcro.Model;
using Mcro.Model.Mechanisms;
using Mcro.Rendering;
using Mcro.Rendering.Views;
using Mcro.Site;
using Scriban.Runtime;

namespace Mcro.Producers;

/// <summary>
/// The frame of every page, whatever its kind, from the pages the site holds (<see cref="SitePages"/>): title, the language
/// switcher (the same page in the other editions), the year switcher, hreflang alternates with the x-default, the canonical
/// address. Every link goes to a page the site holds after this build, never to one that was not built.
/// </summary>
/// <param name="mechanisms">The series' definitions (mechanisms/*.yaml); none: a MOCR-only dataset, whose sheets have no series navigation.</param>
public sealed class PageFrames(SitePages site, SitePlan plan, DatasetConfig config, IReadOnlyDictionary<Edition, TextCatalog> texts,
    IReadOnlyList<MechanismDefinition>? mechanisms = null)
{
    private readonly SeriesNavigation _series = new(site, mechanisms ?? []);

    /// <summary>The frame of the page at <paramref name="path"/>, as its producer described it.</summary>
    public PageFrame For(string path, string title)
    {
        var page = site[path];
        var translations = site.Translations(page);
        var languages = translations
            .Select(p => new NavLink(texts[p.Edition].Endonym(), SiteLayout.Relative(path, p.Path), p.Edition.Language, p.Path == path))
            .ToList();
        var years = site.Years(page)
            .Select(p => new NavLink(p.Year!.Value.ToString(CultureInfo.InvariantCulture), SiteLayout.Relative(path, p.Path), page.Edition.Language, p.Year == page.Year))
            .ToList();
        var alternates = translations.Select(p => new AlternateLink(p.Edition.Language, Link(path, p.Path)));
        if (site.Root is { } root) alternates = alternates.Append(new AlternateLink("x-default", Link(path, root.Path)));
        return new PageFrame(
            page.Edition.Language,
            title,
            SiteTitle(page.Edition),
            page.Edition.Script(config.Publisher[page.Edition.DataLanguage]),
            SiteLayout.Relative(path, SiteLayout.Landing),
            SiteLayout.Relative(path, SiteLayout.Stylesheet),
            plan.BaseUrl is { } baseUrl ? SiteLayout.Absolute(baseUrl, path) : null,
            config.Illustrative,
            [.. alternates],
            languages,
            years)
        {
            Links = Links(page),
            Draft = page.Draft,
            Series = _series.Of(page),
        };
    }

    /// <summary>The site's name in an edition: a landing page's title.</summary>
    public string SiteTitle(Edition edition) => edition.Script(config.Title[edition.DataLanguage]);

    /// <summary>
    /// From this page to the one page of every kind in its edition (not one about a subject): of its year if the kind has
    /// one then, else of every year.
    /// </summary>
    private ScriptObject Links(PageDescription page)
    {
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var other in site.Heads(page.Edition).Where(p => p.Year is null || p.Year == page.Year))
        {
            if (!links.ContainsKey(other.Kind) || other.Year is not null) links[other.Kind] = SiteLayout.Relative(page.Path, other.Path);
        }
        return PageLinks.Of(links);
    }

    /// <summary>For alternates: relative by default, absolute when the site has a public address (search engines want them so).
    /// Links a reader follows stay relative always.</summary>
    private string Link(string from, string to) =>
        plan.BaseUrl is { } baseUrl ? SiteLayout.Absolute(baseUrl, to) : SiteLayout.Relative(from, to);
}
