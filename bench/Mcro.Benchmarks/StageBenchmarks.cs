using BenchmarkDotNet.Attributes;
using Mcro.Charts;
using Mcro.Indicators;
using Mcro.Localization;
using Mcro.Rendering;
using Mcro.Site;
using Mcro.Validation;

namespace Mcro.Benchmarks;

/// <summary>
/// Each stage of `mcro build` on its own, in a warm process (the whole process, startup included, is timed by
/// bench/time-build.sh): load + validate the dataset, compute a year's figures, draw one chart, render one page,
/// build one edition in memory, write one edition to disk.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private SampleSite _site = null!;
    private ChartSpec _chart = null!;
    private PageRenderer _renderer = null!;
    private PageFrames _frames = null!;
    private SitePlan _oneEdition = null!;
    private SiteOutput _editionOutput = null!;
    private IReadOnlyList<SiteFile> _assets = null!;
    private string _outputFolder = null!;

    [GlobalSetup]
    public void Setup()
    {
        _site = new SampleSite();
        // The widest chart of the sheet: the core tasks, with long wrapped task names.
        _chart = _site.Charts.All.Single(c => c.Spec.Id == "core-tasks").Spec;
        _renderer = new PageRenderer(_site.Templates);
        _oneEdition = _site.OneEdition();
        // The page links every edition of the site, each named in its own language.
        var endonyms = _oneEdition.Editions.ToDictionary(e => e, e => new TextCatalog(_site.Dataset.I18n, e, $"i18n/{e.DataLanguage}.yaml").Endonym());
        _frames = new PageFrames(_oneEdition, _site.Dataset.Config, endonyms);
        _assets = SiteAssets.Load(_site.TemplatesFolder, "templates").Assets!;
        var built = SiteBuilder.Build(_site.Dataset, _site.Templates, _oneEdition, _assets).Output!;
        _editionOutput = built with { Folders = [built.Folders[0]], Files = [], Obsolete = [] };
        _outputFolder = Directory.CreateTempSubdirectory("mcro-bench-").FullName;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_outputFolder, recursive: true);

    [Benchmark]
    public int LoadAndValidate() => DatasetValidator.LoadAndValidate(_site.DataFolder, "data").Diagnostics.Count;

    [Benchmark]
    public YearIndicators ComputeIndicators() => IndicatorCalculator.Compute(_site.Dataset, _site.LastYear);

    [Benchmark]
    public string RenderChart() => SvgChartRenderer.Render(_chart);

    [Benchmark]
    public string? RenderPage()
    {
        var model = SheetPageBuilder.Build(_site.Dataset.Years[_site.LastYear], _site.Figures, _site.Charts, _site.InlineSvgs, _site.Text, _site.Names);
        var frame = _frames.ForSheet(_site.LastYear, _site.Edition, model.Title);
        var texts = TextTree.Build(_site.Text);
        var body = _renderer.Render("sheet.html", new Dictionary<string, object?> { ["sheet"] = model, ["page"] = frame, ["t"] = texts });
        return _renderer.Render("layout.html", new Dictionary<string, object?> { ["content"] = new RawHtml(body.Text!), ["page"] = frame, ["t"] = texts }).Text;
    }

    [Benchmark]
    public SiteBuildResult BuildEditionInMemory() => SiteBuilder.Build(_site.Dataset, _site.Templates, _oneEdition, _assets);

    [IterationSetup(Target = nameof(WriteEdition))]
    public void EmptyOutput()
    {
        foreach (var entry in Directory.EnumerateDirectories(_outputFolder)) Directory.Delete(entry, recursive: true);
    }

    [Benchmark]
    public WriteReport WriteEdition() => SiteWriter.Write(_editionOutput, _outputFolder);
}
