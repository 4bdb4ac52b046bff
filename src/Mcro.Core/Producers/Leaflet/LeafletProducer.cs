using System.Collections.Concurrent;
using Mcro.Build;
using Mcro.Diagnostics;
using Mcro.Localization;
using Mcro.Site;
using Mcro.Producers.Leaflet.Pdf;
using PuppeteerSharp;

namespace Mcro.Producers.Leaflet;

/// <summary>
/// The printed leaflet of every page built whose description says it is printed (<see cref="PageDescription.Leaflet"/>:
/// the MOCR's sheets, the mechanisms' sheets; mcro build --pdf): its own HTML printed by headless Chromium to a tagged
/// two-page A4 PDF beside it ("2019/sr/mocr-2019-sr.pdf", "2019/sr/cc/cc-2019-sr.pdf"), with the document information a
/// reader's PDF viewer shows, its title and language the page's own, and dates taken from the data, so the same input
/// gives the same bytes. One browser for the build, its own: found
/// when the build is prepared (no browser, and --pdf stops before the output folder is looked at), started as soon as
/// the build will render (it comes up while the data loads), stopped with the build; as many pages printed at once as
/// the machine has cores.
/// </summary>
public sealed class LeafletProducer : IPreparedProducer
{
    private readonly string? _chromium;
    private readonly TimeSpan? _timeout;
    private readonly DateTimeOffset? _date;
    private LeafletBrowser? _browser;

    /// <summary>The kind of page, unprepared: it prints nothing.</summary>
    public LeafletProducer()
    {
    }

    private LeafletProducer(string chromium, TimeSpan? timeout, DateTimeOffset? date)
    {
        _chromium = chromium;
        _timeout = timeout;
        _date = date;
    }

    /// <summary>Pages printed at once: one per core (each print keeps a core of the browser busy), and no more tabs than pages.</summary>
    private static int Parallelism(int pages) => Math.Clamp(Math.Min(Environment.ProcessorCount, pages), 1, 8);

    public string Name => "leaflets";

    public IReadOnlyList<PageText> Texts { get; } = LeafletTexts.All;

    public string Prepared => _chromium is null ? "" : "leaflets: " + _chromium;

    /// <summary>Without --pdf, nothing to find; with it, the browser (--chromium, MCRO_CHROMIUM, PATH, the usual places).</summary>
    public Result<IPreparedProducer> Prepare(BuildRequest request)
    {
        if (!request.Leaflets) return Result<IPreparedProducer>.Ok(new LeafletProducer());
        var chromium = ChromiumLocator.Find(request.Chromium, SourceLocation.OfFile("--pdf"));
        return chromium.Value is { } path
            ? Result<IPreparedProducer>.Ok(new LeafletProducer(path, request.BrowserTimeout, request.SourceDate))
            : Result<IPreparedProducer>.Failed(chromium.Problems);
    }

    public void Start()
    {
        if (_chromium is not null) _browser ??= LeafletBrowser.Start(_chromium, _timeout);
    }

    public Result<Produced> Produce(BuildContext context, ISiteSink sink)
    {
        if (!context.Plan.Leaflets) return Result<Produced>.Ok(Produced.None);
        var chromium = _browser ?? throw new InvalidOperationException("leaflets planned, but their producer was not prepared and started for the build");
        // Puppeteer is asynchronous; the build is not: run it away from any synchronization context, and wait.
        return Task.Run(() => ProduceAsync(context, sink, chromium, _date)).GetAwaiter().GetResult();
    }

    public void Dispose() => _browser?.Dispose();

    /// <summary>The pages this build renders that say they are printed: kept pages keep their leaflets beside them.</summary>
    private static List<PageDescription> Printed(BuildContext context) =>
        [.. context.Site.All.Where(page => page.Leaflet is not null && (page.Year is not { } year || context.Plan.IsBuilt(year, page.Edition)))];

    private static async Task<Result<Produced>> ProduceAsync(BuildContext context, ISiteSink sink, LeafletBrowser chromium, DateTimeOffset? date)
    {
        var pages = Printed(context);
        var browser = await chromium.Running;
        if (browser.Value is null) return Result<Produced>.Failed(browser.Problems);
        LeafletPrinter printer;
        try
        {
            printer = await LeafletPrinter.StartAsync(browser.Value, chromium.Timeout, sink, Parallelism(pages.Count));
        }
        catch (Exception e) when (e is PuppeteerException or ProcessException or TimeoutException or IOException or System.ComponentModel.Win32Exception)
        {
            return Result<Produced>.Failed(new Diagnostic(SourceLocation.OfFile(chromium.Path), ProblemCode.BrowserFailed,
                $"cannot start the browser to print the leaflets: {e.Message}"));
        }
        await using (printer)
        {
            var problems = new ConcurrentBag<Diagnostic>();
            using var gate = new SemaphoreSlim(Parallelism(pages.Count));
            context.Counter.Start(pages.Count);
            await Task.WhenAll(pages.Select(async page =>
            {
                await gate.WaitAsync();
                try
                {
                    foreach (var problem in await PrintAsync(context, printer, sink, page, date)) problems.Add(problem);
                }
                catch (Exception e) when (e is PuppeteerException or ProcessException or TimeoutException or IOException)
                {
                    problems.Add(Problem(page, e.Message));
                }
                finally
                {
                    context.Counter.Advance();
                    gate.Release();
                }
            }));
            return problems.IsEmpty
                ? Result<Produced>.Ok(new Produced(0, 0, pages.Count))
                : Result<Produced>.Failed(DiagnosticOrder.Sort(problems));
        }
    }

    /// <returns>The problems of this page's leaflet; none when it was written.</returns>
    private static async Task<IReadOnlyList<Diagnostic>> PrintAsync(BuildContext context, LeafletPrinter printer, ISiteSink sink, PageDescription page, DateTimeOffset? date)
    {
        var edition = page.Edition;
        var printed = await printer.PrintAsync(page.Path, context.Plan.BaseUrl);
        var text = context.Texts[edition];
        var config = context.Dataset.Config;
        // A page of every year is dated by the latest year of the data.
        var year = page.Year ?? context.Plan.Years.Max();
        var yearText = ("year", year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var info = new DocumentInformation(
            printed.Title,
            edition.Script(config.Publisher[edition.DataLanguage]),
            edition.Script(config.Title[edition.DataLanguage]),
            page.LeafletKeywords is { } keywords ? text.Text(keywords, [.. new[] { yearText, ("title", printed.Title) }.Where(v => keywords.Placeholders.Contains(v.Item1))]) : printed.Title,
            date ?? new DateTimeOffset(year, 12, 31, 23, 59, 59, TimeSpan.Zero),
            printed.Language.Length > 0 ? printed.Language : edition.Language);
        byte[] pdf;
        (int Pages, bool AllA4) pages;
        try
        {
            pages = PrintedPages.Count(new PdfFile(printed.Pdf));
            pdf = LeafletPdf.Finish(printed.Pdf, info, printed.LinkTexts);
        }
        catch (Exception e) when (Unreadable(e))
        {
            return [Problem(page, $"Chromium wrote a PDF that mcro cannot make a PDF/UA leaflet of ({e.Message})")];
        }
        if (pages.Pages > 2)
        {
            IReadOnlyList<string> past;
            try
            {
                past = await printer.BlocksPastAsync(page.Path, 2);
            }
            catch (Exception e) when (Unreadable(e))
            {
                // Which texts print past the second page is unknown: the page is reported as a whole.
                past = [];
            }
            return LeafletOverflow.Problems(LeafletOverflow.TextsOf(context.Dataset, edition, page), LeafletName(page, year), pages.Pages, past, SourceLocation.OfFile(page.Path));
        }
        if (pages is not (2, true))
            return [Problem(page, $"it prints on {pages.Pages} page(s), and the leaflet is exactly two A4 pages; shorten this sheet's texts or notes")];
        sink.Write(page.Leaflet!, pdf);
        return [];
    }

    /// <summary>The leaflet as a message names it: "2019 sr" (the MOCR's), "2019 sr cc" (a page about a subject).</summary>
    private static string LeafletName(PageDescription page, int year) =>
        $"{year.ToString(System.Globalization.CultureInfo.InvariantCulture)} {page.Edition.Tag}" + (page.Subject is { } subject ? " " + subject : "");

    /// <summary>What reading a PDF Chromium did not write as mcro expects can throw (Chromium is not mcro's input, but it may change).</summary>
    private static bool Unreadable(Exception e) =>
        e is FormatException or InvalidCastException or NullReferenceException or ArgumentException or IndexOutOfRangeException or OverflowException or InvalidDataException;

    private static Diagnostic Problem(PageDescription page, string message) =>
        new(SourceLocation.OfFile(page.Path), ProblemCode.LeafletFailed, $"cannot print this sheet's leaflet: {message}");
}
