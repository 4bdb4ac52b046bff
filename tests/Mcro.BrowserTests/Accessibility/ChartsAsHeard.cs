using Mcro.BrowserTests.Browser;
using Mcro.BrowserTests.SampleSite;

namespace Mcro.BrowserTests.Accessibility;

/// <summary>
/// Each chart as a screen reader gets it: an image named with the chart's title (the caption sighted readers see)
/// and described with its figures, and its data table one disclosure away.
/// </summary>
public static class ChartsAsHeard
{
    private sealed record Chart(string Id, string Caption);

    /// <summary>What is missing, one line per chart: page, figure id, what a screen reader does not get.</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(Chromium chromium, BuiltSite site, string file)
    {
        var page = await chromium.NewPageAsync();
        try
        {
            await page.GoToAsync(new Uri(file).AbsoluteUri);
            var charts = (await page.EvaluateFunctionAsync<string[][]>(
                    "() => [...document.querySelectorAll('figure.chart')].map(f => [f.id, f.querySelector('figcaption')?.textContent.trim() ?? ''])"))
                .Select(c => new Chart(c[0], c[1])).ToArray();
            // Open each data table the way a reader does, so the tables are in the tree.
            foreach (var summary in await page.QuerySelectorAllAsync("figure.chart details > summary")) await summary.ClickAsync();
            var cdp = await Cdp.SessionAsync(page);
            var tree = AccessibilityTree.Parse(await cdp.CallAsync("Accessibility.getFullAXTree"));

            var figures = tree.All("figure");
            var where = site.Relative(file);
            if (figures.Count != charts.Length)
                return [$"{where}: {charts.Length} chart figure(s) in the page, but {figures.Count} figure(s) in the accessibility tree"];
            return charts.Zip(figures).SelectMany(pair => Problems(tree, pair.First, pair.Second).Select(p => $"{where}: #{pair.First.Id}: {p}")).ToList();
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private static IEnumerable<string> Problems(AccessibilityTree tree, Chart chart, AccessibilityTree.Node figure)
    {
        var below = tree.Descendants(figure).Where(n => !n.Ignored).ToList();
        var image = below.FirstOrDefault(n => n.Role == "image");
        if (image is null) yield return "the chart is not exposed as an image";
        else if (chart.Caption.Length == 0 || !image.Name.StartsWith(chart.Caption, StringComparison.Ordinal))
            yield return $"the chart image is named '{image.Name}', not with its title '{chart.Caption}'";
        else if (image.Description.Length == 0)
            yield return $"the chart image '{chart.Caption}' has no description of its figures";
        if (!below.Any(n => n.Role == "DisclosureTriangle")) yield return "no disclosure leads to the data table";
        if (!below.Any(n => n.Role == "table") || !below.Any(n => n.Role == "row"))
            yield return "no data table with rows after opening the disclosure";
    }
}
