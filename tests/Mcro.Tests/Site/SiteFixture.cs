using Mcro.Build;
using Mcro.Indicators;
using Mcro.Localization;
using Mcro.Model;
using Mcro.Rendering;
using Mcro.Site;
using Mcro.Validation;

namespace Mcro.Tests.Site;

/// <summary>
/// The small fixture dataset (tests/Mcro.Tests/Fixtures/site, with the product's own texts from data/i18n copied in at
/// build time: Fixtures.props) built whole with the repository's templates, in memory.
/// </summary>
internal static class SiteFixture
{
    public static readonly string RepoRoot = RepositoryRoot.Path;
    public static readonly string DataFolder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "site");
    public static readonly string TemplatesFolder = Path.Combine(RepoRoot, "templates");

    private static readonly Lazy<Dataset> LazyDataset = new(() =>
    {
        var loaded = DatasetValidator.LoadAndValidate(DataFolder, "site");
        Assert.Empty(loaded.Problems);
        return loaded.Value!;
    });

    private static readonly Lazy<TemplateSet> LazyTemplates = new(() =>
    {
        var (templates, problems) = TemplateSet.Load(TemplatesFolder, "templates");
        Assert.Empty(problems);
        return templates!;
    });

    private static readonly Lazy<IReadOnlyList<SiteFile>> LazyAssets = new(() => TemplateAssets.Load(TemplatesFolder, "templates").Value!);

    private static readonly Lazy<MemorySink> LazyBuilt = new(() => Build());

    public static Dataset Dataset => LazyDataset.Value;

    /// <summary>The fixture site built once for every test that only reads it (a test that changes a site builds its own).</summary>
    public static MemorySink Built => LazyBuilt.Value;

    public static TemplateSet Templates => LazyTemplates.Value;

    public static IReadOnlyList<SiteFile> Assets => LazyAssets.Value;

    public static SitePlan Plan(Dataset dataset, string? baseUrl = null, IReadOnlyList<string>? languages = null, IReadOnlyList<int>? years = null)
    {
        var plan = EditionSelection.Plan(dataset.Config, dataset.Years.Keys.ToList(), years, languages, baseUrl);
        Assert.Empty(plan.Problems);
        return plan.Value!;
    }

    /// <summary>The produce stage over a dataset, into memory: its problems, or none and the site's files.</summary>
    public static Mcro.Diagnostics.Result<MemorySink> TryBuild(Dataset? dataset = null, string? baseUrl = null, TemplateSet? templates = null, SitePlan? plan = null)
    {
        dataset ??= Dataset;
        var context = new BuildContext(dataset, plan ?? Plan(dataset, baseUrl), IndicatorCalculator.ComputeEveryYear(dataset), templates ?? Templates, Assets);
        var sink = new MemorySink();
        var produced = BuildPipeline.Produce(context, sink);
        return produced.Succeeded ? Mcro.Diagnostics.Result<MemorySink>.Ok(sink) : Mcro.Diagnostics.Result<MemorySink>.Failed(produced.Problems);
    }

    public static MemorySink Build(Dataset? dataset = null, string? baseUrl = null, TemplateSet? templates = null)
    {
        var site = TryBuild(dataset, baseUrl, templates);
        Assert.Empty(site.Problems);
        return site.Value!;
    }

    public static string Page(MemorySink site, int year, string tag) => site.ReadText(SiteLayout.Sheet(year, Edition.For(tag)));
}
