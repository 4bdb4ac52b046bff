using System.Collections.Concurrent;
using Mcro.Build;
using Mcro.Diagnostics;
using Mcro.Localization;
using Mcro.Site;
using Mcro.Producers.Leaflet.Pdf;
using PuppeteerSharp;

namespace Mcro.Producers.Leaflet;

/// <summary>
/// The printed leaflet of every sheet built (mcro build --pdf): its own HTML printed by headless Chromium to a tagged
/// two-page A4 PDF beside it ("2019/sr/mocr-2019-sr.pdf"), with the document information a reader's PDF viewer shows
/// and dates taken from the data, so the same input gives the same bytes. One browser for the build, its own: found
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

    /// <summary>Sheets printed at once: one per core (each print keeps a core of the browser busy), and no more tabs than sheets.</summary>
    private static int Parallelism(int sheets) => Math.Clamp(Math.Min(Environment.ProcessorCount, sheets), 1, 8);

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

    private static async Task<Result<Produced>> ProduceAsync(BuildContext context, ISiteSink sink, LeafletBrowser chromium, DateTimeOffset? date)
    {
        var sheets = context.Plan.Sheets.ToList();
        var browser = await chromium.Running;
        if (browser.Value is null) return Result<Produced>.Failed(browser.Problems);
        LeafletPrinter printer;
        try
        {
            printer = await LeafletPrinter.StartAsync(browser.Value, chromium.Timeout, sink, Parallelism(sheets.Count));
        }
        catch (Exception e) when (e is PuppeteerException or ProcessException or TimeoutException or IOException or System.ComponentModel.Win32Exception)
        {
            return Result<Produced>.Failed(new Diagnostic(SourceLocation.OfFile(chromium.Path), ProblemCode.BrowserFailed,
                $"cannot start the browser to print the leaflets: {e.Message}"));
        }
        await using (printer)
        {
            var problems = new ConcurrentBag<Diagnostic>();
            using var gate = new SemaphoreSlim(Parallelism(sheets.Count));
            context.Counter.Start(sheets.Count);
            await Task.WhenAll(sheets.Select(async sheet =>
            {
                await gate.WaitAsync();
                try
                {
                    foreach (var problem in await PrintAsync(context, printer, sink, sheet.Year, sheet.Edition, date)) problems.Add(problem);
                }
                catch (Exception e) when (e is PuppeteerException or ProcessException or TimeoutException or IOException)
                {
                    problems.Add(Problem(sheet.Year, sheet.Edition, e.Message));
                }
                finally
                {
                    context.Counter.Advance();
                    gate.Release();
                }
            }));
            return problems.IsEmpty
                ? Result<Produced>.Ok(new Produced(0, 0, sheets.Count))
                : Result<Produced>.Failed(DiagnosticOrder.Sort(problems));
        }
    }

    /// <returns>The problems of this sheet's leaflet; none when it was written.</returns>
    private static async Task<IReadOnlyList<Diagnostic>> PrintAsync(BuildContext context, LeafletPrinter printer, ISiteSink sink, int year, Edition edition, DateTimeOffset? date)
    {
        var sheet = SiteLayout.Sheet(year, edition);
        var printed = await printer.PrintAsync(sheet, context.Plan.BaseUrl);
        var text = context.Texts[edition];
        var config = context.Dataset.Config;
        var yearText = ("year", year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var info = new DocumentInformation(
            text.Text(SharedTexts.SheetTitle, yearText),
            edition.Script(config.Publisher[edition.DataLanguage]),
            edition.Script(config.Title[edition.DataLanguage]),
            text.Text(LeafletTexts.Keywords, yearText),
            date ?? new DateTimeOffset(year, 12, 31, 23, 59, 59, TimeSpan.Zero),
            edition.Language);
        byte[] pdf;
        (int Pages, bool AllA4) pages;
        try
        {
            pages = PrintedPages.Count(new PdfFile(printed.Pdf));
            pdf = LeafletPdf.Finish(printed.Pdf, info, printed.LinkTexts);
        }
        catch (Exception e) when (Unreadable(e))
        {
            return [Problem(year, edition, $"Chromium wrote a PDF that mcro cannot make a PDF/UA leaflet of ({e.Message})")];
        }
        if (pages.Pages > 2)
        {
            IReadOnlyList<string> past;
            try
            {
                past = await printer.BlocksPastAsync(sheet, 2);
            }
            catch (Exception e) when (Unreadable(e))
            {
                // Which texts print past the second page is unknown: the sheet is reported as a whole.
                past = [];
            }
            return LeafletOverflow.Problems(context.Dataset.I18n, edition, year, pages.Pages, past, SourceLocation.OfFile(sheet));
        }
        if (pages is not (2, true))
            return [Problem(year, edition, $"it prints on {pages.Pages} page(s), and the leaflet is exactly two A4 pages; shorten this sheet's texts or notes")];
        sink.Write(SiteLayout.Leaflet(year, edition), pdf);
        return [];
    }

    /// <summary>What reading a PDF Chromium did not write as mcro expects can throw (Chromium is not mcro's input, but it may change).</summary>
    private static bool Unreadable(Exception e) =>
        e is FormatException or InvalidCastException or NullReferenceException or ArgumentException or IndexOutOfRangeException or OverflowException or InvalidDataException;

    private static Diagnostic Problem(int year, Edition edition, string message) =>
        new(SourceLocation.OfFile(SiteLayout.Sheet(year, edition)), ProblemCode.LeafletFailed, $"cannot print this sheet's leaflet: {message}");
}
