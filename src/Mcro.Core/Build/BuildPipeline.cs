using Mcro.Diagnostics;
using Mcro.Indicators;
using Mcro.Loading;
using Mcro.Model;
using Mcro.Producers;
using Mcro.Producers.Accessibility;
using Mcro.Producers.Assets;
using Mcro.Producers.Landing;
using Mcro.Producers.Leaflet;
using Mcro.Producers.Mechanism;
using Mcro.Producers.MechanismTrends;
using Mcro.Producers.MunicipalityIndex;
using Mcro.Producers.Profile;
using Mcro.Producers.Sheet;
using Mcro.Producers.Sitemap;
using Mcro.Producers.Trends;
using Mcro.Rendering;
using Mcro.Site;
using Mcro.Validation;

namespace Mcro.Build;

/// <summary>
/// The build, top to bottom, as one list of timed steps: prepare → output folder → last build → years → load →
/// validate → plan → templates → indicators → texts → one step per page producer → write. Each step gives a
/// <see cref="Result{T}"/>; the first with problems ends the build, and nothing reaches the site unless every step
/// succeeded. A build into a folder and one into memory differ only in their <see cref="IOutputTarget"/>; the data is
/// loaded and validated once, every year it needs at once (<see cref="DataYears"/>).
/// </summary>
public static class BuildPipeline
{
    /// <summary>The kinds of page, in the order they are produced. A new kind of page is one line here.</summary>
    public static IReadOnlyList<IPageProducer> Producers { get; } =
    [
        new SheetProducer(),
        new MechanismProducer(),
        new LandingProducer(),
        new TrendsProducer(),
        new MechanismTrendsProducer(),
        new ProfileProducer(),
        new MunicipalityIndexProducer(),
        new AccessibilityStatementProducer(),
        new AssetsProducer(),
        new SitemapProducer(),
        // Last: it prints the sheets and reads the assets the producers above wrote.
        new LeafletProducer(),
    ];

    /// <summary>Builds into <see cref="BuildRequest.OutputFolder"/>, unless it is already up to date.</summary>
    public static BuildOutcome Run(BuildRequest request, IBuildObserver? observer = null) =>
        Run(request, () => FolderTarget.Open(request), observer);

    /// <summary>Builds into memory: the output folder is neither checked, read nor written (tests, the preview).</summary>
    /// <param name="previous">The site of the last build into memory: when only some years' data changed, only they are rendered.</param>
    public static BuildOutcome RunInMemory(BuildRequest request, MemorySink sink, IBuildObserver? observer = null, PreviousSite? previous = null) =>
        Run(request, () => Result<IOutputTarget>.Ok(new MemoryTarget(sink, previous)), observer);

    private static BuildOutcome Run(BuildRequest request, Func<Result<IOutputTarget>> target, IBuildObserver? observer)
    {
        var steps = new StepTimer(observer);
        using var held = new Held();
        BuildOutcome outcome;
        try
        {
            outcome = Build(request, target, steps, held);
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

    /// <summary>What a build holds until it ends, however it ends: the output (a folder's lock and staging), the producers' browser.</summary>
    private sealed class Held : IDisposable
    {
        public PreparedProducers? Producers { get; set; }

        public IOutputTarget? Target { get; set; }

        /// <summary>The warnings of the data as loaded, for the outcome whatever step ends the build.</summary>
        public IReadOnlyList<Diagnostic> Warnings { get; set; } = [];

        public void Dispose()
        {
            Producers?.Dispose();
            Target?.Dispose();
        }
    }

    private static BuildOutcome Build(BuildRequest request, Func<Result<IOutputTarget>> openTarget, StepTimer steps, Held held)
    {
        BuildOutcome Failed<T>(Result<T> result) where T : class => new BuildOutcome.Failed(result.Problems, [], steps.Steps);

        // What a kind of page needs outside mcro (the leaflets' browser): missing, the build stops before the output folder is even looked at.
        var producers = steps.Run("prepare", () => PreparedProducers.Prepare(Producers, request), p => p.Detail);
        if (!producers.Succeeded) return Failed(producers);
        held.Producers = producers.Value!;
        var target = steps.Run("output folder", openTarget, t => t.Detail);
        if (!target.Succeeded) return Failed(target);
        var output = held.Target = target.Value!;
        var last = steps.Run("last build", () => Result<LastBuild>.Ok(output.LastBuild(request)), l => l.Detail).Value!;
        if (last.UpToDate) return last.AsOutcome(steps.Steps);
        // While the data is loaded and the pages rendered: by the time the sheets are printed, the browser is up.
        held.Producers.Start();

        var years = steps.Run("years", () => Result<DataYears>.Ok(DataYears.Of(request, last.ChangedYears)), y => y.Detail).Value!;
        var read = new InputLog();
        // What loading finds wrong is reported with the validation's problems, as `mcro validate` does.
        var loaded = steps.Run("load", () => DatasetLoader.Load(request.DataFolder, request.DataDisplay, years.Load, read, skipDrafts: !request.Drafts), d => $"{d.Years.Count} year(s)");
        held.Warnings = loaded.Warnings;
        if (loaded.Value is null) return Failed(loaded);
        var dataset = steps.Run("validate", () => Narrowed(DatasetValidator.Validate(loaded), request), _ => "no problem");
        if (!dataset.Succeeded) return Failed(dataset);
        var plan = steps.Run("plan", () => Plan(request, years, dataset.Value!, last.Manifest, output.StillThere),
            p => $"{p.Sheets.Count()} sheet(s) to build ({p.Rerendered.Count} of them kept ones, for their links), {p.Kept.Count} kept");
        if (!plan.Succeeded) return Failed(plan);
        var templates = steps.Run("templates", () => LoadTemplates(request, read), t => $"{t.Set.Templates.Count} template(s), {t.Assets.Count} asset(s)");
        if (!templates.Succeeded) return Failed(templates);
        var indicators = steps.Run("indicators", () => Result<IReadOnlyDictionary<int, YearIndicators>>.Ok(IndicatorCalculator.ComputeEveryYear(dataset.Value!)),
            f => $"{f.Count} year(s)");

        var context = new BuildContext(dataset.Value!, plan.Value!, indicators.Value!, templates.Value!.Set, templates.Value.Assets) { Counter = steps.Counter };
        var pages = Produce(context, output.Sink, steps, held.Producers.All);
        if (!pages.Succeeded) return Failed(pages);

        var summary = new SiteSummary(context.Plan.BuildYears, context.Plan.BuildEditions.Select(e => e.Tag).ToList(), pages.Value!.Pages, pages.Value.Charts);
        var record = last.ToRecord(request, read);
        var written = steps.Run("write", () => Result<WriteReport>.Ok(output.Commit(context.Plan, summary, pages.Value, record)),
            w => $"{w.Written} written, {w.Unchanged} unchanged");
        return new BuildOutcome.Built(summary, written.Value!, steps.Steps) { Inputs = record };
    }

    /// <summary>An I/O error, or several from the parallel producers, all of them I/O errors.</summary>
    /// <summary>The valid dataset narrowed to the mechanisms asked for (--mechanism).</summary>
    private static Result<Dataset> Narrowed(Result<Dataset> valid, BuildRequest request) =>
        valid.Succeeded ? MechanismSelection.Narrow(valid.Value!, request.Mechanisms) with { Warnings = valid.Warnings } : valid;

    private static bool IsDiskRefusal(Exception e) =>
        e is IOException or UnauthorizedAccessException
        || (e is AggregateException many && many.Flatten().InnerExceptions.All(inner => inner is IOException or UnauthorizedAccessException));

    private static string DiskMessage(Exception e) =>
        e is AggregateException many ? many.Flatten().InnerExceptions[0].Message : e.Message;

    /// <summary>The editions asked for, and the sheets of the last build the site keeps or renders again (<see cref="IncrementalPlan.Keep"/>).</summary>
    /// <param name="stillThere">Whether a sheet of the last build is still in the output (the folder, or the previous site in memory).</param>
    private static Result<SitePlan> Plan(BuildRequest request, DataYears years, Dataset dataset, BuildManifest last, Func<string, bool> stillThere)
    {
        var asked = EditionSelection.Plan(dataset.Config, years.Build is null ? dataset.Years.Keys.ToList() : years.Folders, years.Build, request.Languages, request.BaseUrl);
        if (!asked.Succeeded) return asked;
        var plan = asked.Value! with { Leaflets = request.Leaflets, Drafts = dataset.Years.Values.Where(y => y.Settings.IsDraft).Select(y => y.Year).ToHashSet() };
        return Result<SitePlan>.Ok(IncrementalPlan.Keep(plan, last.Files.Select(f => f.Path), dataset.Years.Keys.ToList(), stillThere));
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
    /// The produce stage on its own: the texts every kind of page declares, checked in each edition before any page
    /// renders; then every producer, in turn, over one context into one sink. Tests build a site from a dataset in memory with it.
    /// </summary>
    public static Result<Produced> Produce(BuildContext context, ISiteSink sink) => Produce(context, sink, new StepTimer(null), Producers);

    private static Result<Produced> Produce(BuildContext context, ISiteSink sink, StepTimer steps, IReadOnlyList<IPageProducer> producers)
    {
        var texts = steps.Run("texts", () => TextsStep.Check(context, producers), t => t);
        if (!texts.Succeeded) return Result<Produced>.Failed(texts.Problems);
        var produced = Produced.None;
        foreach (var producer in producers)
        {
            var result = steps.Run(producer.Name, () => DeclaredTexts.Produce(producer, context, sink), p => $"{p.Pages} page(s), {p.Charts} chart(s), {p.Files} file(s)");
            if (!result.Succeeded) return result;
            produced += result.Value!;
        }
        return Result<Produced>.Ok(produced);
    }

    private static Diagnostic OutputProblem(BuildRequest request, string message) =>
        new(SourceLocation.OfFile(request.OutputDisplay), ProblemCode.Output, message);

    private sealed record LoadedTemplates(TemplateSet Set, IReadOnlyList<SiteFile> Assets);
}
