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

    /// <param name="sheet">The page's site path: "2019/sr/index.html", "2019/sr/cc/index.html".</param>
    /// <param name="baseUrl">The site's public address (--base-url): the leaflet's links point there; without it, the leaflet has no links.</param>
    /// <remarks>At most as many at once as the pages the printer was started with.</remarks>
    public Task<PrintedSheet> PrintAsync(string sheet, string? baseUrl) => WithPageAsync(page => PrintAsync(page, sheet, baseUrl, probe: false));

    /// <summary>
    /// Prints the sheet again with every block of text labelled (a figure whose alternative text is its number, so the
    /// PDF's structure tree says on which page each one prints): the blocks' texts past <paramref name="lastPage"/>.
    /// </summary>
    public Task<IReadOnlyList<string>> BlocksPastAsync(string sheet, int lastPage) => WithPageAsync(async page =>
    {
        var printed = await PrintAsync(page, sheet, baseUrl: null, probe: true);
        var blocks = await page.EvaluateFunctionAsync<string[]>("() => window.mcroBlocks");
        var past = new List<string>();
        foreach (var (alt, pages) in Pdf.PrintedPages.Elements(new Pdf.PdfFile(printed.Pdf), "Figure"))
        {
            if (alt.StartsWith(BlockLabel, StringComparison.Ordinal) && int.TryParse(alt.AsSpan(BlockLabel.Length), System.Globalization.CultureInfo.InvariantCulture, out var index) &&
                index < blocks.Length && pages.Any(p => p > lastPage))
                past.Add(blocks[index]);
        }
        return (IReadOnlyList<string>)past;
    });

    private const string BlockLabel = "mcro-block-";

    private async Task<T> WithPageAsync<T>(Func<IPage, Task<T>> print)
    {
        if (!_idle.TryTake(out var page)) throw new InvalidOperationException("more sheets printed at once than the printer has pages");
        try
        {
            return await print(page);
        }
        finally
        {
            _idle.Add(page);
        }
    }

    private static async Task<PrintedSheet> PrintAsync(IPage page, string sheet, string? baseUrl, bool probe)
    {
        await page.GoToAsync(Origin + sheet, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load] });
        await page.EvaluateExpressionAsync("document.fonts.ready");
        // A chart reaches the PDF as a figure whose alternative text is its accessible name: name it by its title and
        // its description there (the page itself describes it with aria-describedby, so screen readers read it once).
        // The figure around it, with its caption, groups them: one Figure per chart, the one with the alternative text.
        await page.EvaluateExpressionAsync(
            "document.querySelectorAll('svg[aria-labelledby][aria-describedby]').forEach(svg => " +
            "svg.setAttribute('aria-labelledby', svg.getAttribute('aria-labelledby') + ' ' + svg.getAttribute('aria-describedby')));" +
            "document.querySelectorAll('figure').forEach(figure => { if (figure.querySelector('svg, img')) figure.setAttribute('role', 'group'); })");
        // A link of the site points at the public site (--base-url), or is plain text: the address it is printed from is no address.
        var links = await page.EvaluateFunctionAsync<string[][]>(
            "(origin, base) => { const texts = []; document.querySelectorAll('a[href]').forEach(a => {" +
            " if (!a.href.startsWith(origin)) { texts.push([a.href, a.innerText]); return; }" +
            " if (base) { a.href = base + a.href.substring(origin.length); texts.push([a.href, a.innerText]); } else a.removeAttribute('href'); });" +
            " return texts; }", Origin, baseUrl is null ? "" : baseUrl.TrimEnd('/') + "/");
        if (probe)
        {
            await page.EvaluateFunctionAsync(
                "label => { const blocks = [...document.querySelectorAll('main p, main h1, main h2, main h3, main h4, main h5, main h6, main li, main figcaption, main caption, main th, main td, main dt, main dd')]" +
                ".filter(block => !block.querySelector('p, li, figcaption, caption, th, td, dt, dd'));" +
                " window.mcroBlocks = blocks.map(block => block.textContent);" +
                " blocks.forEach((block, i) => { block.setAttribute('role', 'img'); block.setAttribute('aria-label', label + i); }); }", BlockLabel);
        }
        // What the page says it is, as a reader sees it: the heading of its content (the frame's own headings come first
        // in no page), else its <title>; its language as it declares it.
        var self = await page.EvaluateFunctionAsync<string[]>(
            "() => { const heading = document.querySelector('main h1') || document.querySelector('h1');" +
            " return [(heading ? heading.textContent : '').trim() || document.title.trim(), document.documentElement.lang]; }");
        var pdf = await page.PdfDataAsync(new PdfOptions
        {
            Format = PaperFormat.A4,
            PreferCSSPageSize = true,
            PrintBackground = true,
            DisplayHeaderFooter = false,
            Tagged = true,
            Outline = true,
        });
        return new PrintedSheet(pdf, links.Where(l => l.Length == 2).GroupBy(l => l[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal),
            self.ElementAtOrDefault(0) ?? "", self.ElementAtOrDefault(1) ?? "");
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
