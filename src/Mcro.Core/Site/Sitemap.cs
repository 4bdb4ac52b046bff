using System.Text;
using Mcro.Rendering;

namespace Mcro.Site;

/// <summary>sitemap.xml (sitemaps.org 0.9) for a site with a public address: the landing page and every sheet, with its language alternates.</summary>
public static class Sitemap
{
    public static string Write(SitePlan plan, string baseUrl)
    {
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        Url(sb, SitePaths.Absolute(baseUrl, SitePaths.Landing), []);
        foreach (var year in plan.Years)
        {
            var alternates = plan.Editions.Select(e => (e.Tag, SitePaths.Absolute(baseUrl, SitePaths.Sheet(year, e)))).ToList();
            foreach (var (_, url) in alternates) Url(sb, url, alternates);
        }
        return sb.Append("</urlset>\n").ToString();
    }

    private static void Url(StringBuilder sb, string loc, IReadOnlyList<(string Tag, string Url)> alternates)
    {
        sb.Append("  <url>\n    <loc>").Append(Html.Escape(loc)).Append("</loc>\n");
        foreach (var (tag, url) in alternates)
            sb.Append("    <xhtml:link rel=\"alternate\" hreflang=\"").Append(Html.Escape(tag))
              .Append("\" href=\"").Append(Html.Escape(url)).Append("\"/>\n");
        sb.Append("  </url>\n");
    }
}
