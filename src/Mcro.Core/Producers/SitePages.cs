using Mcro.Build;
using Mcro.Model;

namespace Mcro.Producers;

/// <summary>
/// Every page the site holds once this build is written, as the producers described them (<see cref="IPageProducer.Pages"/>),
/// collected once before any page renders: what every frame and the sitemap link, so nothing links a page that is not there.
/// In the producers' order, each producer's pages in its own order.
/// </summary>
public sealed class SitePages
{
    private readonly Dictionary<string, PageDescription> _byPath;
    private readonly ILookup<(string Kind, int? Year, string? Subject), PageDescription> _translations;
    private readonly ILookup<(string Kind, string Edition, string? Subject), PageDescription> _years;
    private readonly ILookup<string, PageDescription> _heads;

    public SitePages(IEnumerable<PageDescription> pages)
    {
        All = [.. pages];
        _byPath = new Dictionary<string, PageDescription>(StringComparer.Ordinal);
        foreach (var page in All)
        {
            if (!_byPath.TryAdd(page.Path, page)) throw new InvalidOperationException($"two pages are described at {page.Path}");
        }
        _translations = All.Where(p => !p.AnyLanguage).ToLookup(p => (p.Kind, p.Year, p.Subject));
        _years = All.Where(p => p.Year is not null && !p.AnyLanguage).ToLookup(p => (p.Kind, p.Edition.Tag, p.Subject));
        _heads = All.Where(p => p.Subject is null && !p.AnyLanguage).ToLookup(p => p.Edition.Tag);
        Root = All.FirstOrDefault(p => p.AnyLanguage);
        Kinds = [.. All.Select(p => p.Kind).Distinct()];
    }

    /// <summary>Every producer's pages for this plan.</summary>
    public static SitePages Of(IEnumerable<IPageProducer> producers, SitePlan plan, Dataset dataset) =>
        new(producers.SelectMany(p => p.Pages(plan, dataset)).Select(p => p.ShowsData && plan.IsDraft(p.Year) ? p with { Draft = true, InSitemap = false } : p));

    public IReadOnlyList<PageDescription> All { get; }

    /// <summary>The page for readers of any language (every page's x-default), if the site has one.</summary>
    public PageDescription? Root { get; }

    /// <summary>The page at a path; a page rendered but never described is a bug of its producer.</summary>
    public PageDescription this[string path] =>
        _byPath.TryGetValue(path, out var page) ? page : throw new InvalidOperationException($"{path} is rendered but no producer described it");

    public PageDescription? Find(string path) => _byPath.GetValueOrDefault(path);

    /// <summary>Every kind of page the site holds, in the producers' order.</summary>
    public IReadOnlyList<string> Kinds { get; }

    /// <summary>The pages of an edition not about a subject: each kind's one page (of a year, or of every year).</summary>
    public IEnumerable<PageDescription> Heads(Localization.Edition edition) => _heads[edition.Tag];

    public IReadOnlyList<PageDescription> OfKind(string kind) => [.. All.Where(p => p.Kind == kind)];

    /// <summary>The page in every edition that has it (itself included), in the dataset's order of editions.</summary>
    public IReadOnlyList<PageDescription> Translations(PageDescription page) =>
        [.. _translations[(page.Kind, page.Year, page.Subject)]];

    /// <summary>What the page's year switcher lists: the pages of its <see cref="PageDescription.YearsOf"/> kind in its edition and subject, oldest first.</summary>
    public IReadOnlyList<PageDescription> Years(PageDescription page) =>
        page.YearsOf is { } kind ? [.. _years[(kind, page.Edition.Tag, page.Subject)].OrderBy(p => p.Year)] : [];
}
