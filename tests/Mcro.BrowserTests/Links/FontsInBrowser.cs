using Mcro.BrowserTests.Browser;
using Mcro.BrowserTests.SampleSite;

namespace Mcro.BrowserTests.Links;

/// <summary>
/// The site's own fonts as Chromium loads them from file://: each @font-face loads, and the heading and body text
/// are really drawn with Noto Sans (CDP CSS.getPlatformFontsForNode), not with a fallback that happens to look alike.
/// </summary>
public static class FontsInBrowser
{
    public static async Task<IReadOnlyList<string>> ProblemsAsync(Chromium chromium, BuiltSite site, string file)
    {
        var page = await chromium.NewPageAsync();
        try
        {
            await page.GoToAsync(new Uri(file).AbsoluteUri);
            var where = site.Relative(file);
            var problems = new List<string>();
            // Load every face, used on this page or not: a face that fails here fails wherever a page needs it.
            var faces = await page.EvaluateFunctionAsync<string[][]>("""
                async () => Promise.all([...document.fonts].map(f =>
                  f.load().then(() => [f.family, f.weight, f.status], e => [f.family, f.weight, 'error: ' + e.message])))
                """);
            if (faces.Length == 0) problems.Add($"{where}: no @font-face reaches the page");
            problems.AddRange(faces.Where(f => f[2] != "loaded").Select(f => $"{where}: font {f[0]} {f[1]} did not load ({f[2]})"));
            foreach (var selector in new[] { "h1", "footer p" })
            {
                var fonts = await RenderedFontsAsync(page, selector);
                if (!fonts.Contains("Noto Sans")) problems.Add($"{where}: {selector} is drawn with {string.Join(", ", fonts)}, not with the site's Noto Sans");
            }
            return problems;
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    /// <summary>The custom (web) fonts Chromium used to draw the text of the first element the selector finds.</summary>
    private static async Task<IReadOnlyList<string>> RenderedFontsAsync(PuppeteerSharp.IPage page, string selector)
    {
        var cdp = await Cdp.SessionAsync(page);
        await cdp.CallAsync("DOM.enable");
        await cdp.CallAsync("CSS.enable");
        var document = (await cdp.CallAsync("DOM.getDocument")).GetProperty("root").GetProperty("nodeId").GetInt32();
        var node = (await cdp.CallAsync("DOM.querySelector", new() { ["nodeId"] = document, ["selector"] = selector })).GetProperty("nodeId").GetInt32();
        if (node == 0) return ["nothing (no such element)"];
        var fonts = (await cdp.CallAsync("CSS.getPlatformFontsForNode", new() { ["nodeId"] = node })).GetProperty("fonts");
        return fonts.EnumerateArray().Select(f => f.GetProperty("familyName").GetString() + (f.GetProperty("isCustomFont").GetBoolean() ? "" : " (system)")).ToList();
    }
}
