using Scriban.Runtime;

namespace Mcro.Rendering.Views;

/// <summary>What layout.html needs around any page: language, title, links between editions and years.</summary>
/// <param name="Lang">BCP 47 tag for &lt;html lang&gt;.</param>
/// <param name="Canonical">Absolute URL of this page when the site has a base URL; null otherwise.</param>
/// <param name="Illustrative">Whether the dataset is illustrative sample data (the label shows on every page).</param>
public sealed record PageFrame(
    string Lang,
    string Title,
    string SiteTitle,
    string Publisher,
    string HomeHref,
    string StylesheetHref,
    string? Canonical,
    bool Illustrative,
    IReadOnlyList<AlternateLink> Alternates,
    IReadOnlyList<NavLink> Languages,
    IReadOnlyList<NavLink> Years)
{
    /// <summary>
    /// From this page to each kind's one page in its edition (page.links.trends), by kind; null where the edition has none.
    /// A template links another kind of page through it, with no code of the kind it is in; a kind without a page reads as nothing.
    /// </summary>
    public ScriptObject Links { get; init; } = PageLinks.Of([]);

    /// <summary>A page of a draft year (or beside one): the layout marks it in its language and asks search engines not to index it.</summary>
    public bool Draft { get; init; }

    /// <summary>On a sheet of the series (the MOCR's or a mechanism's): every sheet of its year and edition, in the series' order, the page's own marked; else none.</summary>
    public IReadOnlyList<NavLink> Series { get; init; } = [];
}

/// <summary>&lt;link rel="alternate" hreflang="…"&gt;: the same sheet in another edition.</summary>
public sealed record AlternateLink(string Hreflang, string Href);

/// <summary>A switcher entry; Lang is the language its label is written in.</summary>
public sealed record NavLink(string Label, string Href, string Lang, bool Current);
