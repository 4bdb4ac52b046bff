using System.Text;
using Mcro.Build;
using Mcro.Diagnostics;
using Mcro.Localization;
using Mcro.Rendering;
using Mcro.Site;

namespace Mcro.Producers.Sitemap;

/// <summary>
/// sitemap.xml (sitemaps.org 0.9), only for a site with a public address (--base-url): the landing page, every
/// published sheet and every municipality's profile in it, with their language alternates.
/// </summary>
public sealed class SitemapProducer : IPageProducer
{
    public string Name => "sitemap";

    public IReadOnlyList<PageText> Texts { get; } = [];

    public Result<Produced> Produce(BuildContext context, ISiteSink sink)
    {
        if (context.Plan.BaseUrl is not { } baseUrl) return Result<Produced>.Ok(Produced.None);
        sink.WriteText(SiteLayout.Sitemap, Write(context.Plan, baseUrl, [.. context.Dataset.Municipalities.Select(m => m.Code)]));
        return Result<Produced>.Ok(new Produced(0, 0, 1));
    }

    public static string Write(SitePlan plan, string baseUrl, IReadOnlyList<string> municipalities)
    {
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        Url(sb, SiteLayout.Absolute(baseUrl, SiteLayout.Landing), []);
        foreach (var year in plan.PublishedYears)
        {
            var alternates = plan.PublishedEditions(year).Select(e => (e.Language, SiteLayout.Absolute(baseUrl, SiteLayout.Sheet(year, e)))).ToList();
            foreach (var (_, url) in alternates) Url(sb, url, alternates);
        }
        // Every published sheet has a profile for every municipality, the same page in each of the year's editions.
        foreach (var year in plan.PublishedYears)
            foreach (var code in municipalities)
            {
                var alternates = plan.PublishedEditions(year).Select(e => (e.Language, SiteLayout.Absolute(baseUrl, SiteLayout.Profile(year, e, code)))).ToList();
                foreach (var (_, url) in alternates) Url(sb, url, alternates);
            }
        // Each published edition has a landing page and a trends page, the same page in each language.
        var published = plan.Editions.Where(e => plan.PublishedYearsOf(e).Count > 0).ToList();
        var landings = published.Select(e => (e.Language, SiteLayout.Absolute(baseUrl, SiteLayout.EditionLanding(e)))).ToList();
        foreach (var (_, url) in landings) Url(sb, url, landings);
        var trends = published.Select(e => (e.Language, SiteLayout.Absolute(baseUrl, SiteLayout.Trends(e)))).ToList();
        foreach (var (_, url) in trends) Url(sb, url, trends);
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
