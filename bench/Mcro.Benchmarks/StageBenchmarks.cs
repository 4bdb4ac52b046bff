using BenchmarkDotNet.Attributes;
using Mcro.Build;
using Mcro.Charts;
using Mcro.Diagnostics;
using Mcro.Indicators;
using Mcro.Producers;
using Mcro.Producers.Sheet;
using Mcro.Rendering;
using Mcro.Site;
using Mcro.Validation;

namespace Mcro.Benchmarks;

/// <summary>
/// Each stage of `mcro build` on its own, in a warm process (the whole process, startup included, is timed by
/// bench/time-build.sh): load + validate the dataset, compute a year's figures, draw one chart, render one page,
/// produce one edition in memory, write one edition to disk.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private SampleSite _site = null!;
    private ChartSpec _chart = null!;
    private BuildContext _oneEdition = null!;
    private IReadOnlyList<SiteFile> _editionFiles = null!;
    private string _outputFolder = null!;

    [GlobalSetup]
    public void Setup()
    {
        _site = new SampleSite();
        // The widest chart of the sheet: the core tasks, with long wrapped task names.
        _chart = _site.Charts.All.Single(c => c.Spec.Id == "core-tasks").Spec;
        _oneEdition = new BuildContext(_site.Dataset, _site.OneEdition(), IndicatorCalculator.ComputeEveryYear(_site.Dataset), _site.Templates,
            TemplateAssets.Load(_site.TemplatesFolder, "templates").Value!);
        var sink = new MemorySink();
        BuildPipeline.Produce(_oneEdition, sink);
        _editionFiles = sink.Files;
        _outputFolder = Directory.CreateTempSubdirectory("mcro-bench-").FullName;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_outputFolder, recursive: true);

    [Benchmark]
    public int LoadAndValidate() => DatasetValidator.LoadAndValidate(_site.DataFolder, "data").Problems.Count;

    [Benchmark]
    public YearIndicators ComputeIndicators() => IndicatorCalculator.Compute(_site.Dataset, _site.LastYear);

    [Benchmark]
    public string RenderChart() => SvgChartRenderer.Render(_chart);

    [Benchmark]
    public string? RenderPage()
    {
        var model = SheetModel.Build(_site.Dataset.Years[_site.LastYear], _site.Figures, _site.Charts, _site.Text, _site.Names, _site.Dataset.Config, null);
        var frame = _oneEdition.Frames.For(SiteLayout.Sheet(_site.LastYear, _site.Edition), model.Title);
        return _oneEdition.Pages.Render("sheet.html", "sheet", model, frame, _site.Edition).Value;
    }

    [Benchmark]
    public Result<Produced> ProduceEditionInMemory() => BuildPipeline.Produce(_oneEdition, new MemorySink());

    [IterationSetup(Target = nameof(WriteEdition))]
    public void EmptyOutput()
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(_outputFolder))
        {
            if (Directory.Exists(entry)) Directory.Delete(entry, recursive: true);
            else File.Delete(entry);
        }
    }

    [Benchmark]
    public WriteReport WriteEdition() => SiteWriter.Write(_editionFiles, _outputFolder);
}
