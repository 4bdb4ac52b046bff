using Mcro.Diagnostics;
using Mcro.Loading;
using Mcro.Rendering;
using Mcro.Validation;

namespace Mcro.Site;

/// <summary>
/// The build, top to bottom: load and validate → plan → templates → render the site in memory → write it.
/// Nothing is written unless every earlier step succeeded. When the inputs, the request and the tool are those of
/// the last build and its output is intact (<see cref="BuildManifest"/>), nothing is loaded, rendered or written.
/// </summary>
public static class BuildPipeline
{
    public static BuildReport Run(BuildRequest request, IBuildObserver? observer = null)
    {
        var timer = System.Diagnostics.Stopwatch.StartNew();
        var steps = new List<BuildStep>();
        void Done(string name, string detail)
        {
            var step = new BuildStep(name, timer.Elapsed, detail);
            timer.Restart();
            steps.Add(step);
            observer?.StepDone(step);
        }

        // Robustness (issue 6): a wrong --out is refused before anything is read, built or written.
        var outputProblems = OutputFolderGuard.Check(request.OutputFolder, request.OutputDisplay,
            (request.DataFolder, request.DataDisplay), (request.TemplatesFolder, request.TemplatesDisplay));
        if (outputProblems.Count > 0) return Failed(outputProblems, steps);

        observer?.StepStarted("last build");
        var fingerprint = Fingerprint(request);
        var last = fingerprint is null ? null : BuildManifest.Read(request.OutputFolder);
        if (last is not null && last.Fingerprint == fingerprint && last.Matches(request.OutputFolder))
        {
            Done("last build", $"same inputs, output intact ({last.Files.Count} file(s)): nothing to do");
            return new BuildReport([], last.Plan, new SiteBuildResult(null, [], [], last.Pages, last.Charts), new WriteReport(0, last.Files.Count), steps);
        }
        Done("last build", last is null ? "none recorded" : last.Fingerprint != fingerprint ? "inputs changed" : "output changed since");

        observer?.StepStarted("load and validate");
        var loaded = DatasetValidator.LoadAndValidate(request.DataFolder, request.DataDisplay, request.Years);
        if (loaded.Diagnostics.Count > 0 || loaded.Dataset is not { } dataset) return Failed(loaded.Diagnostics, steps);
        Done("load and validate", $"{dataset.Years.Count} year(s)");

        var allYears = request.Years is null
            ? dataset.Years.Keys.ToList()
            : DatasetLoader.FindYears(new DataFolder(request.DataFolder, request.DataDisplay, new DiagnosticBag()));
        var (plan, planProblems) = EditionSelection.Plan(dataset.Config, allYears, request.Years, request.Languages, request.BaseUrl);
        if (plan is null) return Failed(planProblems, steps);

        observer?.StepStarted("templates");
        var (templates, templateProblems) = TemplateSet.Load(request.TemplatesFolder, request.TemplatesDisplay);
        if (templates is null) return Failed(templateProblems, steps);
        var (assets, assetProblems) = SiteAssets.Load(request.TemplatesFolder, request.TemplatesDisplay);
        if (assets is null) return Failed(assetProblems, steps);
        Done("templates", $"{templates.Templates.Count} template(s), {assets.Count} asset(s)");

        var site = SiteBuilder.Build(dataset, templates, plan, assets, observer);
        steps.AddRange(site.Steps);
        if (site.Output is null) return Failed(site.Problems, steps) with { Plan = plan, Site = site };

        timer.Restart();
        observer?.StepStarted("write");
        WriteReport written;
        try
        {
            written = SiteWriter.Write(site.Output, request.OutputFolder, fingerprint is null ? null : BuildManifest.Of(fingerprint, plan, site));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The disk said no (a file where a folder should be, no permission, disk full): the user's to fix, not a bug.
            return Failed([new Diagnostic(SourceLocation.OfFile(request.OutputDisplay), "output", $"cannot write the site: {e.Message}")], steps);
        }
        Done("write", $"{written.Written} written, {written.Unchanged} unchanged");
        return new BuildReport([], plan, site, written, steps);
    }

    /// <summary>The inputs' fingerprint, or null when they cannot all be read (the build then reports why, as ever).</summary>
    private static string? Fingerprint(BuildRequest request)
    {
        try
        {
            return BuildFingerprint.Of(request);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static BuildReport Failed(IReadOnlyList<Diagnostic> problems, IReadOnlyList<BuildStep> steps) =>
        new(problems, null, null, null, steps);
}
