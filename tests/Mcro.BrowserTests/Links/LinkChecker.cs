using AngleSharp.Html.Parser;
using Mcro.BrowserTests.SampleSite;

namespace Mcro.BrowserTests.Links;

/// <summary>
/// Crawls a built site on disk as a browser opening it from file:// would: every link, stylesheet, font and
/// fragment must resolve to a file (and an element) that is there; every page is reachable from the landing page;
/// every chart a page shows is also there as its own SVG file.
/// </summary>
public static class LinkChecker
{
    public static IReadOnlyList<string> Problems(BuiltSite site)
    {
        var problems = new List<string>();
        var files = Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories).Select(site.Relative).Order(StringComparer.Ordinal).ToList();
        var links = new Dictionary<string, List<string>>();
        foreach (var file in files)
        {
            var references = ReferenceReader.Read(file, ReadIfText(site, file));
            links[file] = [];
            foreach (var reference in references.Where(r => !r.IsExternal))
            {
                var (target, fragment) = Resolve(file, reference.Address);
                if (target is null) { problems.Add($"{file}: {reference.Element} leaves the site"); continue; }
                if (!File.Exists(site.PathOf(target))) { problems.Add($"{file}: {reference.Element} → {target}, which is missing"); continue; }
                links[file].Add(target);
                if (fragment is { Length: > 0 } && target.EndsWith(".html", StringComparison.Ordinal) && !HasId(site, target, fragment))
                    problems.Add($"{file}: {reference.Element} → {target} has no element with id '{fragment}'");
            }
        }
        problems.AddRange(Unreachable(files, links).Select(page => $"{page}: no link leads to this page from index.html"));
        problems.AddRange(ChartsWithoutFile(site, files));
        return problems;
    }

    /// <summary>The target file relative to the site root and the fragment, or no file when the address climbs out of the site.</summary>
    private static (string? Target, string? Fragment) Resolve(string from, string address)
    {
        var hash = address.IndexOf('#');
        var fragment = hash < 0 ? null : Uri.UnescapeDataString(address[(hash + 1)..]);
        var path = (hash < 0 ? address : address[..hash]).Split('?')[0];
        if (path.Length == 0) return (from, fragment);
        var segments = new List<string>(from.Split('/')[..^1]);
        foreach (var segment in Uri.UnescapeDataString(path).Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment != "..") segments.Add(segment);
            else if (segments.Count == 0) return (null, fragment);
            else segments.RemoveAt(segments.Count - 1);
        }
        return (string.Join('/', segments), fragment);
    }

    private static IEnumerable<string> Unreachable(List<string> files, Dictionary<string, List<string>> links)
    {
        var reached = new HashSet<string> { "index.html" };
        var queue = new Queue<string>(reached);
        while (queue.TryDequeue(out var file))
        {
            foreach (var target in links.GetValueOrDefault(file, []).Where(reached.Add)) queue.Enqueue(target);
        }
        return files.Where(f => f.EndsWith(".html", StringComparison.Ordinal) && !reached.Contains(f));
    }

    /// <summary>A sheet's chart <c>figure-X</c> is published as <c>charts/X.svg</c> beside the page.</summary>
    private static IEnumerable<string> ChartsWithoutFile(BuiltSite site, List<string> files)
    {
        foreach (var page in files.Where(f => f.EndsWith("/index.html", StringComparison.Ordinal)))
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(site.PathOf(page)));
            var folder = page[..^"index.html".Length];
            foreach (var figure in document.QuerySelectorAll("figure.chart[id^='figure-']"))
            {
                var chart = $"{folder}charts/{figure.Id!["figure-".Length..]}.svg";
                if (!File.Exists(site.PathOf(chart))) yield return $"{page}: <figure id=\"{figure.Id}\"> has no chart file {chart}";
            }
        }
    }

    private static bool HasId(BuiltSite site, string page, string id) =>
        new HtmlParser().ParseDocument(File.ReadAllText(site.PathOf(page))).GetElementById(id) is not null;

    private static string ReadIfText(BuiltSite site, string file) =>
        Path.GetExtension(file) is ".html" or ".svg" or ".css" ? File.ReadAllText(site.PathOf(file)) : "";
}
