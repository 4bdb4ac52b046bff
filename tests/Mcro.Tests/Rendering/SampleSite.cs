using System.Text;
using Mcro.Build;
using Mcro.Indicators;
using Mcro.Localization;
using Mcro.Model;
using Mcro.Site;
using Mcro.Tests.Site;
using Mcro.Validation;

namespace Mcro.Tests.Rendering;

/// <summary>The repository's sample (data/: every year, every edition) built once, in memory, for tests that read its pages as a reader would.</summary>
internal static class SampleSite
{
    private static readonly Lazy<(Dataset Dataset, IReadOnlyDictionary<Edition, TextCatalog> Texts, IReadOnlyList<(string Path, string Text)> Pages)> Built = new(() =>
    {
        var loaded = DatasetValidator.LoadAndValidate(Path.Combine(RepositoryRoot.Path, "data"), "data");
        Assert.Empty(loaded.Problems);
        var dataset = loaded.Value!;
        var context = new BuildContext(dataset, SiteFixture.Plan(dataset), IndicatorCalculator.ComputeEveryYear(dataset), SiteFixture.Templates, SiteFixture.Assets);
        var sink = new MemorySink();
        var produced = BuildPipeline.Produce(context, sink);
        Assert.Empty(produced.Problems);
        var pages = sink.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) || f.Path.EndsWith(".svg", StringComparison.Ordinal))
            .Select(f => (f.Path, Encoding.UTF8.GetString(f.Content))).ToList();
        return (dataset, context.Texts, pages);
    });

    public static Dataset Dataset => Built.Value.Dataset;

    public static IReadOnlyDictionary<Edition, TextCatalog> Texts => Built.Value.Texts;

    /// <summary>Every page and chart (HTML and SVG), with its path in the site.</summary>
    public static IReadOnlyList<(string Path, string Text)> Pages => Built.Value.Pages;

    /// <summary>The edition a page belongs to: the path's segment that names one ("2019/sr-Cyrl/…", "trends/sq/…").</summary>
    public static Edition? EditionOf(string path) =>
        path.Split('/').Select(segment => Texts.Keys.FirstOrDefault(e => e.Tag == segment)).FirstOrDefault(e => e is not null);
}
