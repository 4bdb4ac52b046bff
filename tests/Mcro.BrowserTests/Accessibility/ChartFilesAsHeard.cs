using AngleSharp.Html.Parser;
using Mcro.BrowserTests.Browser;
using Mcro.BrowserTests.SampleSite;

namespace Mcro.BrowserTests.Accessibility;

/// <summary>
/// Each chart file (charts/X.svg) opened on its own in Chromium, as someone who downloads or links it does:
/// it must still be an image named with the title its sheet gives it (the caption of figure-X) and described with its figures.
/// </summary>
public static class ChartFilesAsHeard
{
    /// <param name="charts">The chart files to open; every chart file of the site unless given.</param>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(Chromium chromium, BuiltSite site, IEnumerable<string>? charts = null)
    {
        var problems = new List<string>();
        var page = await chromium.NewPageAsync();
        try
        {
            var cdp = await Cdp.SessionAsync(page);
            foreach (var chart in charts ?? site.ChartFiles)
            {
                var where = site.Relative(chart);
                var caption = CaptionOnItsSheet(chart);
                await page.GoToAsync(new Uri(chart).AbsoluteUri);
                var tree = AccessibilityTree.Parse(await cdp.CallAsync("Accessibility.getFullAXTree"));
                var image = tree.All("image").FirstOrDefault();
                if (caption is null) problems.Add($"{where}: no figure on its sheet shows this chart");
                else if (image is null) problems.Add($"{where}: the chart is not exposed as an image");
                else if (!image.Name.StartsWith(caption, StringComparison.Ordinal)) problems.Add($"{where}: the chart image is named '{image.Name}', not with its title '{caption}'");
                else if (image.Description.Length == 0) problems.Add($"{where}: the chart image '{caption}' has no description of its figures");
            }
        }
        finally
        {
            await page.CloseAsync();
        }
        return problems;
    }

    /// <summary>The caption of figure-X in the index.html one folder up from charts/X.svg.</summary>
    private static string? CaptionOnItsSheet(string chart)
    {
        var sheet = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(chart)!)!, "index.html");
        if (!File.Exists(sheet)) return null;
        var figure = new HtmlParser().ParseDocument(File.ReadAllText(sheet)).GetElementById("figure-" + Path.GetFileNameWithoutExtension(chart));
        return figure?.QuerySelector("figcaption")?.TextContent.Trim();
    }
}
