using System.Text;
using Mcro.Build;
using Mcro.Diagnostics;
using Mcro.Localization;
using Mcro.Rendering;
using Mcro.Site;

namespace Mcro.Producers.Sitemap;

/// <summary>
/// sitemap.xml (sitemaps.org 0.9), only for a site with a public address (--base-url): every page the producers described
/// as belonging there (<see cref="PageDescription.InSitemap"/>), each with its language alternates.
/// </summary>
public sealed class SitemapProducer : IPageProducer
{
    public string Name => "sitemap";

    public IReadOnlyList<PageText> Texts { get; } = [];

    public Result<Produced> Produce(BuildContext context, ISiteSink sink)
    {
        if (context.Plan.BaseUrl is not { } baseUrl) return Result<Produced>.Ok(Produced.None);
        sink.WriteText(SiteLayout.Sitemap, Write(context.Site, baseUrl));
        return Result<Produced>.Ok(new Produced(0, 0, 1));
    }

    /// <summary>
    /// The page for readers of any language first (without alternates: it is their x-default), then the pages of a year,
    /// kind by kind and year by year, then the pages of every year, kind by kind; each kind's pages in its own order.
    /// </summary>
    public static string Write(SitePages site, string baseUrl)
    {
        var listed = site.All.Where(p => p.InSitemap).ToList();
        var kinds = site.Kinds.Select((kind, i) => (kind, i)).ToDictionary(k => k.kind, k => k.i, StringComparer.Ordinal);
        var ordered = listed
            .OrderBy(p => p.AnyLanguage ? 0 : p.Year is null ? 2 : 1)
            .ThenBy(p => kinds[p.Kind])
            .ThenBy(p => p.Year);
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        foreach (var page in ordered)
        {
            var alternates = page.AnyLanguage ? [] : site.Translations(page).Where(p => p.InSitemap)
                .Select(p => (p.Edition.Language, SiteLayout.Absolute(baseUrl, p.Path))).ToList();
            Url(sb, SiteLayout.Absolute(baseUrl, page.Path), alternates);
        }
        return sb.Append("</urlset>\n").ToString();
    }

    private static void Url(StringBuilder sb, string loc, IReadOnlyList<(string Language, string Url)> alternates)
    {
        sb.Append("  <url>\n    <loc>").Append(Html.Escape(loc)).Append("</loc>\n");
        foreach (var (tag, url) in alternates)
            sb.Append("    <xhtml:link rel=\"alternate\" hreflang=\"").Append(Html.Escape(tag))
              .Append("\" href=\"").Append(Html.Escape(url)).Append("\"/>\n");
        sb.Append("  </url>\n");
    }
}
