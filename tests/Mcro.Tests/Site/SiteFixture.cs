using Mcro.Localization;
using Mcro.Model;
using Mcro.Rendering;
using Mcro.Site;
using Mcro.Validation;

namespace Mcro.Tests.Site;

/// <summary>The small fixture dataset (Fixtures/site) built whole with the repository's templates, in memory.</summary>
internal static class SiteFixture
{
    public static readonly string RepoRoot = FindRepoRoot();
    public static readonly string DataFolder = Path.Combine(RepoRoot, "tests", "Mcro.Tests", "Fixtures", "site");
    public static readonly string TemplatesFolder = Path.Combine(RepoRoot, "templates");

    private static readonly Lazy<Dataset> LazyDataset = new(() =>
    {
        var loaded = DatasetValidator.LoadAndValidate(DataFolder, "site");
        Assert.Empty(loaded.Diagnostics);
        return loaded.Dataset!;
    });

    private static readonly Lazy<TemplateSet> LazyTemplates = new(() =>
    {
        var (templates, problems) = TemplateSet.Load(TemplatesFolder, "templates");
        Assert.Empty(problems);
        return templates!;
    });

    public static Dataset Dataset => LazyDataset.Value;

    public static TemplateSet Templates => LazyTemplates.Value;

    public static SitePlan Plan(Dataset dataset, string? baseUrl = null, IReadOnlyList<string>? languages = null, IReadOnlyList<int>? years = null)
    {
        var (plan, problems) = EditionSelection.Plan(dataset.Config, dataset.Years.Keys.ToList(), years, languages, baseUrl);
        Assert.Empty(problems);
        return plan!;
    }

    public static SiteOutput Build(Dataset? dataset = null, string? baseUrl = null, TemplateSet? templates = null)
    {
        dataset ??= Dataset;
        var result = SiteBuilder.Build(dataset, templates ?? Templates, Plan(dataset, baseUrl), SiteAssets.Load(TemplatesFolder, "templates").Assets!);
        Assert.Empty(result.Problems);
        return result.Output!;
    }

    public static string Page(SiteOutput site, int year, string tag) =>
        site.Find(SitePaths.Sheet(year, Edition.For(tag)))!.ReadText();

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "mcro.sln"))) return dir.FullName;
        throw new InvalidOperationException("mcro.sln not found above " + AppContext.BaseDirectory);
    }
}
