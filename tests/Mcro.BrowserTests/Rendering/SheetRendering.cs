using Mcro.BrowserTests.Browser;
using Mcro.BrowserTests.SampleSite;
using PuppeteerSharp;

namespace Mcro.BrowserTests.Rendering;

/// <summary>
/// A sheet as a reader sees it in Chromium: full-page screenshots at phone and desktop width and the printed PDF,
/// kept in artifacts/browser-checks/ for a person to look at, and what is wrong with them.
/// </summary>
public static class SheetRendering
{
    public const int PhoneWidth = 360;
    public const int DesktopWidth = 1280;

    /// <summary>Screenshots and PDFs land here (git-ignored), named after the edition.</summary>
    public static string ArtifactsFolder { get; } = Directory.CreateDirectory(Path.Combine(RepositoryRoot.Path, "artifacts", "browser-checks")).FullName;

    /// <summary>Problems of the page at one width: blank, or wider than the window (a horizontal scrollbar).</summary>
    public static async Task<IReadOnlyList<string>> ScreenProblemsAsync(Chromium chromium, BuiltSite site, string relativePage, int width, string shotName)
    {
        var page = await chromium.NewPageAsync(width, 800);
        try
        {
            await page.GoToAsync(site.UrlOf(relativePage).AbsoluteUri);
            await FontsReadyAsync(page);
            var png = await page.ScreenshotDataAsync(new ScreenshotOptions { FullPage = true, Type = ScreenshotType.Png });
            await File.WriteAllBytesAsync(Path.Combine(ArtifactsFolder, shotName), png);
            var problems = new List<string>();
            var inked = await InkMeter.InkedShareAsync(page, png);
            if (inked < 0.01) problems.Add($"{relativePage} at {width} px is blank ({inked:P2} of the screenshot is not background): {shotName}");
            problems.AddRange(await OverflowAsync(page, relativePage, width));
            // A reader opens the data tables too: their rows must fit as well.
            await page.EvaluateFunctionAsync("() => { document.querySelectorAll('details').forEach(d => d.open = true); }");
            problems.AddRange(await OverflowAsync(page, relativePage + " (data tables open)", width));
            return problems;
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    /// <summary>Prints the page as Chromium does for a reader (the stylesheet's @page decides the paper).</summary>
    public static async Task<PdfInfo> PrintAsync(Chromium chromium, BuiltSite site, string relativePage, string pdfName)
    {
        var page = await chromium.NewPageAsync();
        try
        {
            await page.GoToAsync(site.UrlOf(relativePage).AbsoluteUri);
            await FontsReadyAsync(page);
            var pdf = Path.Combine(ArtifactsFolder, pdfName);
            await page.PdfAsync(pdf, new PdfOptions { PreferCSSPageSize = true, PrintBackground = true });
            return PdfInfo.Read(pdf);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    /// <summary>Waits for the page's fonts (document.fonts.ready), so what is measured is drawn with them.</summary>
    private static Task FontsReadyAsync(IPage page) => page.EvaluateFunctionAsync("async () => { await document.fonts.ready; }");

    /// <summary>A horizontal scrollbar, with the elements that stick out past the window's right edge.</summary>
    private static async Task<IReadOnlyList<string>> OverflowAsync(IPage page, string relativePage, int width)
    {
        var scrollWidth = await page.EvaluateFunctionAsync<int>("() => document.documentElement.scrollWidth");
        var clientWidth = await page.EvaluateFunctionAsync<int>("() => document.documentElement.clientWidth");
        if (scrollWidth <= clientWidth) return [];
        var culprits = await page.EvaluateFunctionAsync<string[]>("""
            (edge) => [...document.body.querySelectorAll('*')]
              .filter(e => e.getBoundingClientRect().right > edge + 0.5 && ![...e.children].some(c => c.getBoundingClientRect().right > edge + 0.5))
              .slice(0, 5)
              .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\s+/g, '.') : '')
                        + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ' px)')
            """, clientWidth);
        return [$"{relativePage} at {width} px scrolls sideways: {scrollWidth} px wide in a {clientWidth} px window; sticking out: {string.Join(", ", culprits)}"];
    }
}
