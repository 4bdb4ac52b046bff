using Mcro.Diagnostics;
using Mcro.Indicators;
using Mcro.Loading;
using Mcro.Model;
using Mcro.Producers;
using Mcro.Producers.Assets;
using Mcro.Producers.Landing;
using Mcro.Producers.Sheet;
using Mcro.Producers.Sitemap;
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
        new AssetsProducer(),
        new SitemapProducer(),
    ];

    /// <summary>Builds into <see cref="BuildRequest.OutputFolder"/>, unless it is already up to date.</summary>
    public static BuildOutcome Run(BuildRequest request, IBuildObserver? observer = null) => Run(request, memory: null, observer);

    /// <summary>Builds into memory: the output folder is neither checked, read nor written (tests, the preview).</summary>
    public static BuildOutcome RunInMemory(BuildRequest request, MemorySink sink, IBuildObserver? observer = null) => Run(request, sink, observer);

    private static BuildOutcome Run(BuildRequest request, MemorySink? memory, IBuildObserver? observer)
    {
        var steps = new StepTimer(observer);
        BuildOutcome Failed<T>(Result<T> result) where T : class => new BuildOutcome.Failed(result.Problems, [], steps.Steps);

        var last = BuildManifest.None;
        if (memory is null)
        {
            var guard = steps.Run("output folder", () => CheckOutputFolder(request), _ => "ok");
            if (!guard.Succeeded) return Failed(guard);
            var lastBuild = steps.Run("last build", () => Result<LastBuild>.Ok(LastBuild.Of(request)), l => l.Detail);
            if (lastBuild.Value!.UpToDate) return lastBuild.Value.AsOutcome(steps.Steps);
            last = lastBuild.Value.Manifest;
        }

        var read = new InputLog();
        // What loading finds wrong is reported with the validation's problems, as `mcro validate` does.
        var loaded = steps.Run("load", () => DatasetLoader.Load(request.DataFolder, request.DataDisplay, request.Years, read), d => $"{d.Years.Count} year(s)");
        if (loaded.Value is null) return Failed(loaded);
        var valid = steps.Run("validate", () => Validate(loaded), _ => "no problem");
        if (!valid.Succeeded) return Failed(valid);
        var dataset = valid.Value!;
        var plan = steps.Run("plan", () => Plan(request, dataset, last), p => $"{p.BuildYears.Count * p.BuildEditions.Count} edition(s) to build, {p.Kept.Count} kept");
        if (!plan.Succeeded) return Failed(plan);
        var templates = steps.Run("templates", () => LoadTemplates(request, read), t => $"{t.Set.Templates.Count} template(s), {t.Assets.Count} asset(s)");
        if (!templates.Succeeded) return Failed(templates);
        var indicators = steps.Run("indicators", () => Result<IReadOnlyDictionary<int, YearIndicators>>.Ok(IndicatorCalculator.ComputeEveryYear(dataset)), f => $"{f.Count} year(s)");

        var context = new BuildContext(dataset, plan.Value!, indicators.Value!, templates.Value!.Set, templates.Value.Assets);
        SiteTransaction? transaction = null;
        try
        {
            ISiteSink sink = memory ?? (transaction = SiteWriter.Open(request.OutputFolder)).Sink;
            var pages = Produce(context, sink, steps);
            if (!pages.Succeeded) return Failed(pages);
            var produced = pages.Value!;

            var summary = new SiteSummary(context.Plan.BuildYears, context.Plan.BuildEditions.Select(e => e.Tag).ToList(), produced.Pages, produced.Charts);
            if (transaction is null) return new BuildOutcome.Built(summary, new WriteReport(produced.Files, 0), steps.Steps);
            var written = steps.Run("write", () => Result<WriteReport>.Ok(transaction.Commit(new CommitRequest(
                BuildFingerprint.Of(request, read), summary.Years, summary.Editions, summary.Pages, summary.Charts,
                KeepUnit: context.Plan.Kept.Contains))), w => $"{w.Written} written, {w.Unchanged} unchanged");
            return new BuildOutcome.Built(summary, written.Value!, steps.Steps);
        }
        catch (SiteWriteException e)
        {
            return new BuildOutcome.Failed([OutputProblem(request, e.Message)], e.Replaced, steps.Steps);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The disk said no before anything was replaced (no permission, a busy lock): the user's to fix, not a bug.
            return new BuildOutcome.Failed([OutputProblem(request, $"cannot write the site: {e.Message}")], [], steps.Steps);
        }
        finally
        {
            transaction?.Dispose();
        }
    }

    private static Result<string> CheckOutputFolder(BuildRequest request)
    {
        var problems = OutputFolderGuard.Check(request.OutputFolder, request.OutputDisplay,
            (request.DataFolder, request.DataDisplay), (request.TemplatesFolder, request.TemplatesDisplay));
        return problems.Count > 0 ? Result<string>.Failed(problems) : Result<string>.Ok(request.OutputFolder);
    }

    private static Result<Dataset> Validate(Result<Dataset> loaded)
    {
        var problems = DiagnosticOrder.Sort(loaded.Problems.Concat(DatasetValidator.Validate(loaded.Value!, loaded.Problems)));
        return problems.Count > 0 ? Result<Dataset>.Failed(problems) : Result<Dataset>.Ok(loaded.Value!);
    }

    /// <summary>The editions asked for, and the sheets of earlier builds the site keeps (still in the output as they were written).</summary>
    private static Result<SitePlan> Plan(BuildRequest request, Dataset dataset, BuildManifest last)
    {
        var years = request.Years is null
            ? dataset.Years.Keys.ToList()
            : DatasetLoader.FindYears(new DataFolder(request.DataFolder, request.DataDisplay, new DiagnosticBag()));
        var plan = EditionSelection.Plan(dataset.Config, years, request.Years, request.Languages, request.BaseUrl);
        if (!plan.Succeeded) return plan;
        var kept = last.Files
            .Where(f => SiteLayout.EditionOf(SiteLayout.UnitOf(f.Path)) is var (year, tag)
                && f.Path == SiteLayout.Sheet(year, Localization.Edition.For(tag))
                && plan.Value!.IsDatasetEdition(SiteLayout.UnitOf(f.Path))
                && !plan.Value.IsBuilt(year, Localization.Edition.For(tag))
                && OutputFiles.Matches(request.OutputFolder, f))
            .Select(f => SiteLayout.UnitOf(f.Path))
            .ToHashSet(StringComparer.Ordinal);
        return Result<SitePlan>.Ok(plan.Value! with { Kept = kept });
    }

    private static Result<LoadedTemplates> LoadTemplates(BuildRequest request, InputLog read)
    {
        var (set, problems) = TemplateSet.Load(request.TemplatesFolder, request.TemplatesDisplay, read);
        if (set is null) return Result<LoadedTemplates>.Failed(problems);
        var assets = TemplateAssets.Load(request.TemplatesFolder, request.TemplatesDisplay, read);
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
        new(SourceLocation.OfFile(request.OutputDisplay), "output", message);

    private sealed record LoadedTemplates(TemplateSet Set, IReadOnlyList<SiteFile> Assets);
}
