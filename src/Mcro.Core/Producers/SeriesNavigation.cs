using Mcro.Model.Mechanisms;
using Mcro.Producers.Mechanism;
using Mcro.Producers.Sheet;
using Mcro.Rendering.Views;
using Mcro.Site;

namespace Mcro.Producers;

/// <summary>
/// The series navigation of a sheet: every sheet the site holds of the same year and edition — the MOCR's (kind "sheet")
/// and each mechanism's (kind "mechanism") — named by its definition's plural, in the series' order. A dataset that
/// defines no mechanism has no series, and its sheets no navigation.
/// </summary>
public sealed class SeriesNavigation
{
    private readonly ILookup<(int? Year, string Edition), PageDescription> _sheets;
    private readonly Dictionary<string, MechanismDefinition> _definitions;
    private readonly MechanismDefinition? _offices;

    public SeriesNavigation(SitePages site, IReadOnlyList<MechanismDefinition> mechanisms)
    {
        _definitions = mechanisms.Where(m => !m.IsOffices).ToDictionary(m => m.Id, StringComparer.Ordinal);
        _offices = mechanisms.FirstOrDefault(m => m.IsOffices);
        _sheets = site.All.Where(IsSheet).ToLookup(p => (p.Year, p.Edition.Tag));
    }

    /// <summary>The page's series, itself marked current; none when it is not a sheet or its year has no other sheet.</summary>
    public IReadOnlyList<NavLink> Of(PageDescription page)
    {
        if (!IsSheet(page)) return [];
        var links = _sheets[(page.Year, page.Edition.Tag)]
            .Select(p => (Page: p, Definition: DefinitionOf(p)))
            .Where(p => p.Definition is not null)
            .OrderBy(p => p.Definition!.Order).ThenBy(p => p.Definition!.Id, StringComparer.Ordinal)
            .Select(p => new NavLink(page.Edition.Script(p.Definition!.Plural[page.Edition.DataLanguage]), SiteLayout.Relative(page.Path, p.Page.Path),
                page.Edition.Language, p.Page.Path == page.Path))
            .ToList();
        return links.Count > 1 ? links : [];
    }

    private MechanismDefinition? DefinitionOf(PageDescription page) =>
        page.Kind == SheetProducer.Kind ? _offices : page.Subject is { } id ? _definitions.GetValueOrDefault(id) : null;

    private static bool IsSheet(PageDescription page) => page.Kind is SheetProducer.Kind or MechanismProducer.Kind;
}
