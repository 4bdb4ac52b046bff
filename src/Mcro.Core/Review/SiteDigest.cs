using Mcro.Site;

namespace Mcro.Review;

/// <summary>
/// What a reader of a site can see, as short text files that diff well in git: the site's pages and downloads
/// (<c>files.txt</c>), and per edition (or the root) the text of its pages (<c>text.txt</c>), its charts' titles and
/// descriptions (<c>charts.txt</c>) and its figures, the tidy CSV (<c>figures.csv</c>). It is the snapshot folder's
/// content, and what <c>mcro diff</c> compares. Built from the site's own files: a new kind of page needs no code here.
/// </summary>
/// <param name="Files">Each file by its path in the snapshot folder ('/'-separated), as lines.</param>
public sealed record SiteDigest(IReadOnlyDictionary<string, IReadOnlyList<string>> Files)
{
    public const string FileList = "files.txt";
    public const string Text = "text.txt";
    public const string Charts = "charts.txt";
    public const string Figures = "figures.csv";

    /// <summary>The names of the files a digest holds: only these are written, read back or replaced in a snapshot folder.</summary>
    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.Ordinal) { FileList, Text, Charts, Figures };

    /// <summary>A page's own heading in <c>text.txt</c>: the lines after it, up to the next, are that page's.</summary>
    public const string PageMark = "== ";

    /// <param name="described">The units (edition folders, "" for the root) whose pages are read; null: all of them. Every file is listed.</param>
    public static SiteDigest Of(IEnumerable<SiteFile> site, Func<string, bool>? described = null)
    {
        var files = site.Where(f => !f.Path.StartsWith(".mcro", StringComparison.Ordinal)).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var digest = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            [FileList] = files.Select(f => f.Path).ToList(),
        };
        // Pages are parsed in parallel, one unit (edition) each; the digest is the same in any order.
        var units = files.GroupBy(f => SiteLayout.UnitOf(f.Path)).Where(u => described?.Invoke(u.Key) ?? true).AsParallel().SelectMany(Unit).ToList();
        foreach (var (path, lines) in units) digest[path] = lines;
        return new SiteDigest(digest);
    }

    private static IEnumerable<(string Path, IReadOnlyList<string> Lines)> Unit(IGrouping<string, SiteFile> unit)
    {
        var prefix = unit.Key.Length == 0 ? "" : unit.Key + "/";
        string Inside(SiteFile f) => f.Path[prefix.Length..];
        var pages = unit.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal))
            .SelectMany(f => ReaderText.Of(f.ReadText()).Prepend(PageMark + Inside(f))).ToList();
        if (pages.Count > 0) yield return (prefix + Text, pages);
        var charts = unit.Where(f => f.Path.EndsWith(".svg", StringComparison.Ordinal))
            .Select(f => (Path: Inside(f), Line: ReaderText.OfChart(f.ReadText())))
            .Where(c => c.Line is not null)
            .Select(c => c.Path + ": " + c.Line![ReaderText.ChartMark.Length..]).ToList();
        if (charts.Count > 0) yield return (prefix + Charts, charts);
        if (unit.FirstOrDefault(f => Inside(f) == SiteLayout.IndicatorsCsv) is { } figures)
            yield return (prefix + Figures, SplitLines(figures.ReadText()));
    }

    /// <summary>The unit (edition folder, or "" for the root) a digest file describes.</summary>
    public static string UnitOf(string digestPath) => digestPath.LastIndexOf('/') is var slash and >= 0 ? digestPath[..slash] : "";

    public static IReadOnlyList<string> SplitLines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n') is var lines && lines.Length > 0 && lines[^1].Length == 0 ? lines[..^1] : lines;

    /// <summary>Every unit the digest describes, in path order.</summary>
    public IEnumerable<string> Units => Files.Keys.Where(k => k != FileList).Select(UnitOf).Distinct().Order(StringComparer.Ordinal);

    public IReadOnlyList<string> Lines(string unit, string name) =>
        Files.TryGetValue(unit.Length == 0 ? name : unit + "/" + name, out var lines) ? lines : [];

    /// <summary>The text of each page of a unit, by its path inside the unit.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Pages(string unit)
    {
        var pages = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in Lines(unit, Text))
        {
            if (line.StartsWith(PageMark, StringComparison.Ordinal)) pages[line[PageMark.Length..]] = current = [];
            else current?.Add(line);
        }
        return pages;
    }
}
