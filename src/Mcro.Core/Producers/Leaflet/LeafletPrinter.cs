using PuppeteerSharp;
using PuppeteerSharp.Media;
using Mcro.Site;

namespace Mcro.Producers.Leaflet;

/// <summary>
/// One headless Chromium for the whole build, printing sheets to tagged A4 PDFs. Each page is loaded from the site
/// just produced (served from the sink, never from the network or the disk around it), so the PDF and the page never
/// differ: the print stylesheet lays the sheet out on two A4 pages.
/// </summary>
internal sealed class LeafletPrinter : IAsyncDisposable
{
    /// <summary>The address the site is served at while printing; a reserved name, so nothing can answer it but mcro.</summary>
    private const string Origin = "http://site.mcro.invalid/";

    private readonly IBrowser _browser;
    private readonly ISiteSink _site;
    private readonly TimeSpan _timeout;
    private readonly System.Collections.Concurrent.ConcurrentBag<IPage> _idle = [];

    private LeafletPrinter(IBrowser browser, ISiteSink site, TimeSpan timeout)
    {
        _browser = browser;
        _site = site;
        _timeout = timeout;
    }

    /// <param name="browser">The browser, up (<see cref="LeafletBrowser.Running"/>).</param>
    /// <param name="timeout">How long one sheet may take to load and print (--browser-timeout).</param>
    /// <param name="pages">How many sheets are printed at once: a tab each, opened once and reused.</param>
    public static async Task<LeafletPrinter> StartAsync(IBrowser browser, TimeSpan timeout, ISiteSink site, int pages)
    {
        var printer = new LeafletPrinter(browser, site, timeout);
        foreach (var page in await Task.WhenAll(Enumerable.Range(0, pages).Select(_ => printer.OpenPageAsync()))) printer._idle.Add(page);
        return printer;
    }

    private async Task<IPage> OpenPageAsync()
    {
        var page = await _browser.NewPageAsync();
        // PuppeteerSharp's 30 s are too short for a busy 2-core machine printing as many sheets as it has cores.
        page.DefaultTimeout = (int)Math.Min(_timeout.TotalMilliseconds, int.MaxValue);
        await page.SetRequestInterceptionAsync(true);
        page.Request += async (_, e) =>
        {
            // An event handler: whatever goes wrong here must end as an unanswered request (the page then fails to load and
            // its sheet is reported), never as an exception that takes the process down.
            try
            {
                if (BodyOf(e.Request.Url) is var (body, type))
                    await e.Request.RespondAsync(new ResponseData { Status = System.Net.HttpStatusCode.OK, BodyData = body, ContentType = type });
                else
                    await e.Request.AbortAsync();
            }
            catch (Exception failure) when (failure is PuppeteerException or IOException or UnauthorizedAccessException or UriFormatException or InvalidOperationException)
            {
                // The page's own load then times out or misses a file, and its sheet is reported.
            }
        };
        return page;
    }

    /// <param name="sheet">The sheet's site path: "2019/sr/index.html".</param>
    /// <remarks>At most as many at once as the pages the printer was started with.</remarks>
    public async Task<byte[]> PrintAsync(string sheet)
    {
        if (!_idle.TryTake(out var page)) throw new InvalidOperationException("more sheets printed at once than the printer has pages");
        try
        {
            return await PrintAsync(page, sheet);
        }
        finally
        {
            _idle.Add(page);
        }
    }

    private static async Task<byte[]> PrintAsync(IPage page, string sheet)
    {
        await page.GoToAsync(Origin + sheet, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load] });
        await page.EvaluateExpressionAsync("document.fonts.ready");
        // A chart reaches the PDF as a figure whose alternative text is its accessible name: name it by its title and
        // its description there (the page itself describes it with aria-describedby, so screen readers read it once).
        await page.EvaluateExpressionAsync(
            "document.querySelectorAll('svg[aria-labelledby][aria-describedby]').forEach(svg => " +
            "svg.setAttribute('aria-labelledby', svg.getAttribute('aria-labelledby') + ' ' + svg.getAttribute('aria-describedby')))");
        return await page.PdfDataAsync(new PdfOptions
        {
            Format = PaperFormat.A4,
            PreferCSSPageSize = true,
            PrintBackground = true,
            DisplayHeaderFooter = false,
            Tagged = true,
            Outline = true,
        });
    }

    /// <summary>A file of the site just produced, for an address under <see cref="Origin"/>; null for anything else (no network, no disk).</summary>
    private (byte[] Body, string Type)? BodyOf(string url)
    {
        if (!url.StartsWith(Origin, StringComparison.Ordinal)) return null;
        var path = Uri.UnescapeDataString(new Uri(url).AbsolutePath.TrimStart('/'));
        return Site.SiteLayout.IsSitePath(path) && _site.Read(path) is { } body ? (body, Site.MediaTypes.Of(path)) : null;
    }

    /// <summary>Closes the tabs; the browser itself closes with the build (<see cref="LeafletBrowser"/>).</summary>
    public async ValueTask DisposeAsync()
    {
        while (_idle.TryTake(out var page)) await page.CloseAsync();
    }
}
