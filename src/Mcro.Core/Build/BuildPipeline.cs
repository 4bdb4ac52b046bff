using Mcro.Diagnostics;
using Mcro.Indicators;
using Mcro.Loading;
using Mcro.Model;
using Mcro.Producers;
using Mcro.Producers.Assets;
using Mcro.Producers.Landing;
using Mcro.Producers.Leaflet;
using Mcro.Producers.Profile;
using Mcro.Producers.Sheet;
using Mcro.Producers.Sitemap;
using Mcro.Producers.Trends;
using Mcro.Rendering;
using Mcro.Site;
using Mcro.Validation;

namespace Mcro.Build;

/// <summary>
/// The build, top to bottom, as one list of timed steps: output folder → last build → load → validate → plan →
/// templates → indicators → one step per page producer → texts → write. Each step gives a <see cref="Result{T}"/>;
/// the first with problems ends the build, and nothing reaches the site unless every step succeeded.
/// </summary>
public static class BuildPipeline
{
    /// <summary>The kinds of page, in the order they are produced. A new kind of page is one line here.</summary>
    public static IReadOnlyList<IPageProducer> Producers { get; } =
    [
        new SheetProducer(),
        new LandingProducer(),
        new TrendsProducer(),
        new ProfileProducer(),
        new AssetsProducer(),
        new SitemapProducer(),
        // Last: it prints the sheets and reads the assets the producers above wrote.
        new LeafletProducer(),
    ];

    /// <summary>Builds into <see cref="BuildRequest.OutputFolder"/>, unless it is already up to date.</summary>
    public static BuildOutcome Run(BuildRequest request, IBuildObserver? observer = null) => Run(request, memory: null, observer);

    /// <summary>Builds into memory: the output folder is neither checked, read nor written (tests, the preview).</summary>
    /// <param name="previous">The site of the last build into memory: when only some years' data changed, only they are rendered.</param>
    public static BuildOutcome RunInMemory(BuildRequest request, MemorySink sink, IBuildObserver? observer = null, PreviousSite? previous = null) =>
        Run(request, sink, observer, previous);

    private static BuildOutcome Run(BuildRequest request, MemorySink? memory, IBuildObserver? observer, PreviousSite? previous = null)
    {
        var steps = new StepTimer(observer);
        using var held = new Held();
        BuildOutcome outcome;
        try
        {
            outcome = Run(request, memory, previous, steps, held);
        }
        catch (SiteWriteException e)
        {
            outcome = new BuildOutcome.Failed([OutputProblem(request, e.Message)], e.Replaced, steps.Steps);
        }
        catch (Exception e) when (IsDiskRefusal(e))
        {
            // The disk said no before anything was replaced (no permission, a busy lock, disk full while staging): the user's to fix, not a bug.
            outcome = new BuildOutcome.Failed([OutputProblem(request, $"cannot write the site: {DiskMessage(e)}")], [], steps.Steps);
        }
        return outcome with { Warnings = held.Warnings };
    }

    /// <summary>What a build holds until it ends, however it ends: the output folder's lock and staging, the browser.</summary>
    private sealed class Held : IDisposable
    {
        public SiteTransaction? Transaction { get; set; }

        public LeafletBrowser? Browser { get; set; }

        /// <summary>The warnings of the data as last loaded, for the outcome whatever step ends the build.</summary>
        public IReadOnlyList<Diagnostic> Warnings { get; set; } = [];

        public void Dispose()
        {
            Browser?.Dispose();
            Transaction?.Dispose();
        }
    }

    private static BuildOutcome Run(BuildRequest request, MemorySink? memory, PreviousSite? previous, StepTimer steps, Held held)
    {
        BuildOutcome Failed<T>(Result<T> result) where T : class => new BuildOutcome.Failed(result.Problems, [], steps.Steps);

        SiteTransaction? transaction = null;
        LastBuild last;
        // Without a browser, --pdf stops here, before the output folder is even looked at.
        var browser = steps.Run("browser", () => request.Leaflets ? ChromiumLocator.Find(request.Chromium, SourceLocation.OfFile("--pdf")) : Result<string>.Ok(""),
            path => path.Length == 0 ? "none needed" : path);
        if (!browser.Succeeded) return Failed(browser);
        if (memory is null)
        {
            var guard = steps.Run("output folder", () => CheckOutputFolder(request), _ => "ok");
            if (!guard.Succeeded) return Failed(guard);
            // The lock first: what the folder holds is read, planned from and written by this build alone.
            held.Transaction = transaction = SiteWriter.Open(request.OutputFolder);
            var lastBuild = steps.Run("last build", () => Result<LastBuild>.Ok(LastBuild.Of(request, transaction.Previous)), l => l.Detail);
            if (lastBuild.Value!.UpToDate) return lastBuild.Value.AsOutcome(steps.Steps);
            last = lastBuild.Value;
        }
        else
        {
            var lastBuild = steps.Run("last build", () => Result<LastBuild>.Ok(LastBuild.InMemory(request, previous)), l => l.Detail);
            last = lastBuild.Value!;
        }

        // It starts while the site is loaded and rendered: by the time the sheets are printed, it is up.
        LeafletBrowser? printer = null;
        if (browser.Value is { Length: > 0 } chromiumPath) held.Browser = printer = LeafletBrowser.Start(chromiumPath, request.BrowserTimeout);

        // Only some years' data changed since the last build: build those years (as --year would), keep the rest.
        // A year taken out of the data is not built; its editions go as the plan finds them gone.
        // A sheet shows the change from the year before in the data, and a profile the years up to its own: the years after
        // a changed one are built again too.
        var asked = last.ChangedYears is { } changed
            ? request with { Years = WithFollowingYears(changed, DatasetLoader.FindYears(new DataFolder(request.DataFolder, request.DataDisplay, new DiagnosticBag()))) }
            : request;

        var read = new InputLog();
        Result<Dataset> LoadAndValidate(IReadOnlyList<int>? years, string which)
        {
            // What loading finds wrong is reported with the validation's problems, as `mcro validate` does.
            var loaded = steps.Run("load" + which, () => DatasetLoader.Load(request.DataFolder, request.DataDisplay, years, read), d => $"{d.Years.Count} year(s)");
            held.Warnings = loaded.Warnings;
            return loaded.Value is null ? loaded : steps.Run("validate" + which, () => DatasetValidator.Validate(loaded), _ => "no problem");
        }
        var dataset = LoadAndValidate(asked.Years, "");
        if (!dataset.Succeeded) return Failed(dataset);
        Func<string, bool> stillThere = memory is null
            ? sheet => OutputFiles.Resolve(request.OutputFolder, sheet) is { } path && File.Exists(path)
            : sheet => previous?.Files.Any(f => f.Path == sheet) == true;
        var plan = steps.Run("plan", () => Plan(asked, dataset.Value!, last.Manifest, stillThere, browser.Value is { Length: > 0 } chromium ? chromium : null),
            p => $"{p.Sheets.Count()} sheet(s) to build ({p.Rerendered.Count} of them kept ones, for their links), {p.Kept.Count} kept");
        if (!plan.Succeeded) return Failed(plan);
        // Every sheet compares with the year before and the trends page shows every year: every year with data is loaded and checked.
        var history = plan.Value!.Years.Where(y => YearHasData(request.DataFolder, y)).Union(plan.Value.SheetYears).Order().ToList();
        if (history.Except(dataset.Value!.Years.Keys).Any())
        {
            dataset = LoadAndValidate(history, " (every year, for the changes and trends)");
            if (!dataset.Succeeded) return Failed(dataset);
        }
        var templates = steps.Run("templates", () => LoadTemplates(request, read), t => $"{t.Set.Templates.Count} template(s), {t.Assets.Count} asset(s)");
        if (!templates.Succeeded) return Failed(templates);
        var indicators = steps.Run("indicators", () => Result<IReadOnlyDictionary<int, YearIndicators>>.Ok(IndicatorCalculator.ComputeEveryYear(dataset.Value!)),
            f => $"{f.Count} year(s)");

        var context = new BuildContext(dataset.Value!, plan.Value, indicators.Value!, templates.Value!.Set, templates.Value.Assets, printer) { Counter = steps.Counter };
        var pages = Produce(context, memory ?? transaction!.Sink, steps);
        if (!pages.Succeeded) return Failed(pages);
        var produced = pages.Value!;

        var summary = new SiteSummary(context.Plan.BuildYears, context.Plan.BuildEditions.Select(e => e.Tag).ToList(), produced.Pages, produced.Charts);
        if (transaction is null)
        {
            // The kept sheets' files come from the previous site, as they stay in an output folder.
            var kept = previous?.Files.Where(f => context.Plan.Kept.Contains(SiteLayout.UnitOf(f.Path))).ToList() ?? [];
            foreach (var file in kept) memory!.Write(file.Path, file.Content);
            return new BuildOutcome.Built(summary, new WriteReport(produced.Files, kept.Count), steps.Steps) { Inputs = last.ToRecord(request, read) };
        }
        var record = last.ToRecord(request, read);
        var written = steps.Run("write", () => Result<WriteReport>.Ok(transaction.Commit(new CommitRequest(
            record?.Whole, summary.Years, summary.Editions, summary.Pages, summary.Charts, KeepUnit: context.Plan.Kept.Contains)
        {
            Shared = record?.Shared,
            Years = record?.Years ?? new Dictionary<int, string>(),
        })), w => $"{w.Written} written, {w.Unchanged} unchanged");
        return new BuildOutcome.Built(summary, written.Value!, steps.Steps);
    }

    /// <summary>A year folder holding anything: an empty one is not an edition (yet), and is loaded only when asked for.</summary>
    private static bool YearHasData(string dataFolder, int year)
    {
        var folder = Path.Combine(dataFolder, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any();
    }

    /// <summary>
    /// The changed years still in the data, each with the years after it in the data: the next one's change is based on it,
    /// and every later profile shows it in its history.
    /// </summary>
    private static IReadOnlyList<int> WithFollowingYears(IEnumerable<int> changed, IReadOnlyList<int> inData)
    {
        var years = inData.Order().ToList();
        return [.. changed.Where(years.Contains).SelectMany(y => years.Where(next => next >= y)).Distinct().Order()];
    }

    /// <summary>An I/O error, or several from the parallel producers, all of them I/O errors.</summary>
    private static bool IsDiskRefusal(Exception e) =>
        e is IOException or UnauthorizedAccessException
        || (e is AggregateException many && many.Flatten().InnerExceptions.All(inner => inner is IOException or UnauthorizedAccessException));

    private static string DiskMessage(Exception e) =>
        e is AggregateException many ? many.Flatten().InnerExceptions[0].Message : e.Message;

    private static Result<string> CheckOutputFolder(BuildRequest request)
    {
        var problems = OutputFolderGuard.Check(request.OutputFolder, request.OutputDisplay,
            (request.DataFolder, request.DataDisplay), (request.TemplatesFolder, request.TemplatesDisplay));
        return problems.Count > 0 ? Result<string>.Failed(problems) : Result<string>.Ok(request.OutputFolder);
    }

    /// <summary>
    /// The editions asked for; the sheets of earlier builds the site keeps (recorded in the manifest, still in the output
    /// as plain files, and editions of the dataset); and, when the published sheets change, the kept ones to render again.
    /// </summary>
    /// <param name="stillThere">Whether a sheet of the last build is still in the output (the folder, or the previous site in memory).</param>
    private static Result<SitePlan> Plan(BuildRequest request, Dataset dataset, BuildManifest last, Func<string, bool> stillThere, string? chromium)
    {
        var years = request.Years is null
            ? dataset.Years.Keys.ToList()
            : DatasetLoader.FindYears(new DataFolder(request.DataFolder, request.DataDisplay, new DiagnosticBag()));
        var asked = EditionSelection.Plan(dataset.Config, years, request.Years, request.Languages, request.BaseUrl);
        if (!asked.Succeeded) return asked;
        var plan = asked.Value! with { Chromium = chromium, LeafletDate = request.SourceDate };
        var before = last.Files
            .Where(f => SiteLayout.EditionOf(SiteLayout.UnitOf(f.Path)) is var (year, tag) && f.Path == SiteLayout.Sheet(year, Localization.Edition.For(tag)))
            .Select(f => SiteLayout.UnitOf(f.Path))
            .ToHashSet(StringComparer.Ordinal);
        var kept = before
            .Where(unit => plan.IsDatasetEdition(unit) && SiteLayout.EditionOf(unit) is var (year, tag) && !plan.IsBuilt(year, Localization.Edition.For(tag))
                && stillThere(SiteLayout.Sheet(year, Localization.Edition.For(tag))))
            .ToHashSet(StringComparer.Ordinal);
        plan = plan with { Kept = kept };
        return Result<SitePlan>.Ok(kept.Count > 0 && !plan.Published.SetEquals(before) ? plan with { Kept = new HashSet<string>(StringComparer.Ordinal), Rerendered = kept } : plan);
    }

    private static Result<LoadedTemplates> LoadTemplates(BuildRequest request, InputLog read)
    {
        var layers = new TemplateLayers(request.TemplatesFolder, request.TemplatesDisplay, request.BuiltInTemplates);
        var (set, problems) = TemplateSet.Load(layers, read);
        if (set is null) return Result<LoadedTemplates>.Failed(problems);
        var assets = TemplateAssets.Load(layers, read);
        return assets.Succeeded ? Result<LoadedTemplates>.Ok(new LoadedTemplates(set, assets.Value!)) : Result<LoadedTemplates>.Failed(assets.Problems);
    }

    /// <summary>
    /// The produce stage on its own: every producer, in turn, over one context into one sink; then the texts any page
    /// asked for and its edition lacks. Tests build a site from a dataset in memory with it.
    /// </summary>
    public static Result<Produced> Produce(BuildContext context, ISiteSink sink) => Produce(context, sink, new StepTimer(null));

    private static Result<Produced> Produce(BuildContext context, ISiteSink sink, StepTimer steps)
    {
        var produced = Produced.None;
        foreach (var producer in Producers)
        {
            var result = steps.Run(producer.Name, () => producer.Produce(context, sink), p => $"{p.Pages} page(s), {p.Charts} chart(s), {p.Files} file(s)");
            if (!result.Succeeded) return result;
            produced += result.Value!;
        }
        var texts = steps.Run("texts", () => CheckTexts(context), _ => "every text found");
        return texts.Succeeded ? Result<Produced>.Ok(produced) : Result<Produced>.Failed(texts.Problems);
    }

    /// <summary>A text a page asked for and the edition lacks: found only once every page has been rendered.</summary>
    private static Result<string> CheckTexts(BuildContext context) =>
        DiagnosticOrder.Sort(context.Texts.Values.SelectMany(t => t.Problems)) is { Count: > 0 } problems
            ? Result<string>.Failed(problems)
            : Result<string>.Ok("");

    private static Diagnostic OutputProblem(BuildRequest request, string message) =>
        new(SourceLocation.OfFile(request.OutputDisplay), ProblemCode.Output, message);

    private sealed record LoadedTemplates(TemplateSet Set, IReadOnlyList<SiteFile> Assets);
}
