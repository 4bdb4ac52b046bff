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

    public static IEnumerable<(int Year, string Tag)> Sheets =>
        from year in new[] { 2018, 2019 } from tag in new[] { "sq", "sr", "sr-Cyrl", "en" } select (year, tag);

    public static string LeafletOf(int year, string tag) => $"{year}/{tag}/mocr-{year}-{tag.ToLowerInvariant()}.pdf";
}
