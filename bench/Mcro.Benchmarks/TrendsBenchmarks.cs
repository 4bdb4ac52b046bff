using BenchmarkDotNet.Attributes;
using Mcro.Build;
using Mcro.Diagnostics;
using Mcro.Indicators;
using Mcro.Producers;
using Mcro.Producers.Trends;
using Mcro.Rendering;
using Mcro.Site;

namespace Mcro.Benchmarks;

/// <summary>
/// What the trends pages add to a whole build (issue 15's target: at most 10 % of the 30 × 38 build): every page of
/// every year and edition produced in memory, against the trends producer alone on the same context. Run it on a
/// generated dataset: MCRO_BENCH_DATA=/tmp/data-30x38 (README, Performance).
/// </summary>
[MemoryDiagnoser]
public class TrendsBenchmarks
{
    private BuildContext _wholeSite = null!;

    [GlobalSetup]
    public void Setup()
    {
        var site = new SampleSite();
        var plan = EditionSelection.Plan(site.Dataset.Config, [.. site.Dataset.Years.Keys], null, null, null).Value!;
        _wholeSite = new BuildContext(site.Dataset, plan, IndicatorCalculator.ComputeEveryYear(site.Dataset), site.Templates,
            TemplateAssets.Load(site.TemplatesFolder, "templates").Value!);
    }

    [Benchmark(Baseline = true)]
    public Result<Produced> WholeSiteInMemory() => BuildPipeline.Produce(_wholeSite, new MemorySink());

    [Benchmark]
    public Result<Produced> TrendsPagesInMemory() => new TrendsProducer().Produce(_wholeSite, new MemorySink());
}
