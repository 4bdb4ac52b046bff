using System.Diagnostics;
using Mcro.Charts;
using Mcro.Diagnostics;
using Mcro.Indicators;
using Mcro.Localization;
using Mcro.Model;
using Mcro.Rendering;
using Mcro.Rendering.Views;
using Scriban.Runtime;

namespace Mcro.Site;

/// <summary>
/// Builds the whole site in memory from a valid dataset: indicators → charts → pages → landing page.
/// Pure (no disk); charts and pages are rendered in parallel, collected in plan order, so the bytes never
/// depend on scheduling. Any problem (a template error, a missing text) means no output at all.
/// </summary>
public static class SiteBuilder
{
    public static SiteBuildResult Build(Dataset dataset, TemplateSet templates, SitePlan plan, IReadOnlyList<SiteFile> assets, IBuildObserver? observer = null)
    {
        var steps = new StepTimer(observer);
        steps.Start("indicators");
        var figures = plan.BuildYears.AsParallel().AsOrdered()
            .Select(year => IndicatorCalculator.Compute(dataset, year))
            .ToDictionary(f => f.Year);
        steps.Done("indicators", $"{figures.Count} year(s)");

        var catalogs = plan.Editions.Distinct().ToDictionary(e => e, e => new TextCatalog(dataset.I18n, e, $"i18n/{e.DataLanguage}.yaml"));
        var trees = catalogs.ToDictionary(c => c.Key, c => TextTree.Build(c.Value));
        var frames = new PageFrames(plan, dataset.Config, catalogs.ToDictionary(c => c.Key, c => c.Value.Endonym()));
        var sheets = plan.Sheets.Select(s =>
        {
            var names = new EditionNames(dataset, s.Edition);
            return new SheetJob(s.Year, s.Edition, catalogs[s.Edition], names, SheetCharts.Build(figures[s.Year], catalogs[s.Edition], names));
        }).ToList();

        steps.Start("charts");
        // Each chart twice: its own file (titled, finding the site's fonts) and the element the page inlines.
        var charts = sheets.SelectMany(s => s.Charts.All.Select(c => (Sheet: s, Chart: c))).ToList();
        var svgs = charts.AsParallel().AsOrdered()
            .Select(c => (File: SvgChartRenderer.Render(c.Chart.Spec, FontsUrl(c.Sheet)), Inline: SvgChartRenderer.RenderInline(c.Chart.Spec)))
            .ToList();
        for (var i = 0; i < charts.Count; i++)
        {
            charts[i].Sheet.Svgs[charts[i].Chart.Spec.Id] = svgs[i].File;
            charts[i].Sheet.InlineSvgs[charts[i].Chart.Spec.Id] = svgs[i].Inline;
        }
        steps.Done("charts", $"{charts.Count} chart(s)");

        steps.Start("pages");
        var renderer = new PageRenderer(templates);
        var pages = sheets.AsParallel().AsOrdered().Select(sheet =>
        {
            var model = SheetPageBuilder.Build(dataset.Years[sheet.Year], figures[sheet.Year], sheet.Charts, sheet.InlineSvgs, sheet.Text, sheet.Names);
            var frame = frames.ForSheet(sheet.Year, sheet.Edition, model.Title);
            return RenderInLayout(renderer, "sheet.html", "sheet", model, frame, trees[sheet.Edition]);
        }).ToList();
        var landing = RenderLanding(renderer, frames, catalogs, plan.LandingEdition, trees[plan.LandingEdition]);
        steps.Done("pages", $"{pages.Count + 1} page(s)");

        var problems = DiagnosticOrder.Sort(catalogs.Values.SelectMany(c => c.Problems)
            .Concat(pages.Append(landing).Where(p => p.Problem is not null).Select(p => p.Problem!)));
        if (problems.Count > 0) return new SiteBuildResult(null, problems, steps.Steps, 0, 0);

        var folders = sheets.Select((sheet, i) => EditionFolder(sheet, pages[i].Text!, figures[sheet.Year])).ToList();
        folders.Add(new SiteFolder(SitePaths.AssetsFolder, assets));
        var files = new List<SiteFile> { SiteFile.Text(SitePaths.Landing, landing.Text!) };
        if (plan.BaseUrl is { } baseUrl) files.Add(SiteFile.Text(SitePaths.Sitemap, Sitemap.Write(plan, baseUrl)));
        var output = new SiteOutput(folders, files, plan.BaseUrl is null ? [SitePaths.Sitemap] : [])
        {
            DatasetEditions = plan.Years.SelectMany(year => plan.Editions.Select(edition => SitePaths.EditionFolder(year, edition))).ToHashSet(StringComparer.Ordinal),
        };
        return new SiteBuildResult(output, [], steps.Steps, pages.Count + 1, charts.Count);
    }

    private static string FontsUrl(SheetJob sheet)
    {
        var chartFile = SitePaths.EditionFolder(sheet.Year, sheet.Edition) + "/" + ChartFiles.PathOf("chart");
        return SitePaths.Relative(chartFile, SitePaths.FontsFolder + "/");
    }

    private static SiteFolder EditionFolder(SheetJob sheet, string html, YearIndicators figures)
    {
        var folder = SitePaths.EditionFolder(sheet.Year, sheet.Edition);
        var files = new List<SiteFile> { SiteFile.Text(folder + "/index.html", html) };
        files.AddRange(sheet.Charts.All.Select(c => SiteFile.Text(folder + "/" + ChartFiles.PathOf(c.Spec.Id), sheet.Svgs[c.Spec.Id])));
        files.Add(SiteFile.Text(folder + "/" + SheetPageBuilder.IndicatorsJson, IndicatorsJsonWriter.Write(figures)));
        files.Add(SiteFile.Text(folder + "/" + SheetPageBuilder.IndicatorsCsv, IndicatorsCsvWriter.Write(figures)));
        return new SiteFolder(folder, files);
    }

    private static RenderOutcome RenderLanding(PageRenderer renderer, PageFrames frames, IReadOnlyDictionary<Edition, TextCatalog> catalogs,
        Edition edition, ScriptObject tree)
    {
        var model = new LandingPage(catalogs[edition].Text("site.index_heading"), frames.LandingYears(catalogs));
        return RenderInLayout(renderer, "landing.html", "landing", model, frames.ForLanding(), tree);
    }

    private static RenderOutcome RenderInLayout(PageRenderer renderer, string template, string modelName, object model, PageFrame frame, ScriptObject texts)
    {
        var body = renderer.Render(template, new Dictionary<string, object?> { [modelName] = model, ["page"] = frame, ["t"] = texts });
        if (body.Problem is not null) return body;
        return renderer.Render("layout.html", new Dictionary<string, object?> { ["content"] = new RawHtml(body.Text!), ["page"] = frame, ["t"] = texts });
    }

    private sealed record SheetJob(int Year, Edition Edition, TextCatalog Text, EditionNames Names, SheetChartSet Charts)
    {
        /// <summary>Each chart's standalone file, by chart id.</summary>
        public Dictionary<string, string> Svgs { get; } = new(StringComparer.Ordinal);

        /// <summary>Each chart as the page inlines it, by chart id.</summary>
        public Dictionary<string, string> InlineSvgs { get; } = new(StringComparer.Ordinal);
    }

    private sealed class StepTimer(IBuildObserver? observer)
    {
        private readonly Stopwatch _watch = Stopwatch.StartNew();

        public List<BuildStep> Steps { get; } = [];

        public void Start(string name) => observer?.StepStarted(name);

        public void Done(string name, string detail)
        {
            var step = new BuildStep(name, _watch.Elapsed, detail);
            _watch.Restart();
            Steps.Add(step);
            observer?.StepDone(step);
        }
    }
}
