using Mcro.BrowserTests.SampleSite;
using Mcro.BrowserTests.Tools;

namespace Mcro.BrowserTests.Leaflets;

/// <summary>The sample site built with its leaflets (mcro build --pdf), once per run, with the machine's Chromium.</summary>
public static class PrintedSite
{
    private static readonly Lazy<BuiltSite> Site = new(() => Print("printed-site"));

    /// <summary>Skips (locally) or fails (CI) when Chromium or poppler is missing.</summary>
    public static BuiltSite TheSample
    {
        get
        {
            ToolBox.PdfInfo.Require();
            return Site.Value;
        }
    }

    public static BuiltSite Print(string folder) => BuiltSite.Build(RunFolder.NewFolder(folder), null, null, ToolBox.Chromium.Require());

    /// <summary>The MOCR's sheets of the sample, whose leaflets the tests know by title and text.</summary>
    public static IEnumerable<(int Year, string Tag)> Sheets =>
        from year in new[] { 2018, 2019 } from tag in new[] { "sq", "sr", "sr-Cyrl", "en" } select (year, tag);

    public static string LeafletOf(int year, string tag) => $"{year}/{tag}/mocr-{year}-{tag.ToLowerInvariant()}.pdf";

    /// <summary>
    /// Every leaflet the build wrote (every PDF of the site: the MOCR's sheets', the mechanisms' sheets', any printed
    /// page's), as site paths, so the checks cover each kind of printed page without a list of them; at least the MOCR's.
    /// </summary>
    public static IReadOnlyList<string> Leaflets(BuiltSite site)
    {
        var leaflets = Directory.EnumerateFiles(site.Root, "*.pdf", SearchOption.AllDirectories).Select(site.Relative).Order(StringComparer.Ordinal).ToList();
        Assert.Superset(Sheets.Select(s => LeafletOf(s.Year, s.Tag)).ToHashSet(), leaflets.ToHashSet());
        return leaflets;
    }

    /// <summary>The page a leaflet prints: the page beside it ("2019/sr/cc/index.html" for "2019/sr/cc/cc-2019-sr.pdf").</summary>
    public static string PageOf(string leaflet) => leaflet[..(leaflet.LastIndexOf('/') + 1)] + "index.html";
}
