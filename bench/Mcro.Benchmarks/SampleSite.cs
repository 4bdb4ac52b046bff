using Mcro.Build;
using Mcro.Indicators;
using Mcro.Localization;
using Mcro.Model;
using Mcro.Producers.Sheet;
using Mcro.Rendering;
using Mcro.Validation;

namespace Mcro.Benchmarks;

/// <summary>The repository's sample data and templates, loaded once, and one sheet (2019, sr) prepared up to each stage.</summary>
internal sealed class SampleSite
{
    public const int Year = 2019;

    public static readonly string RepoRoot = FindRepoRoot();

    public string DataFolder { get; } = Environment.GetEnvironmentVariable("MCRO_BENCH_DATA") ?? Path.Combine(RepoRoot, "data");

    public string TemplatesFolder { get; } = Path.Combine(RepoRoot, "templates");

    public Dataset Dataset { get; }

    public TemplateSet Templates { get; }

    public Edition Edition { get; } = Edition.For("sr");

    public TextCatalog Text { get; }

    public EditionNames Names { get; }

    public YearIndicators Figures { get; }

    public SheetChartSet Charts { get; }

    public SampleSite()
    {
        var loaded = DatasetValidator.LoadAndValidate(DataFolder, "data");
        if (loaded.Problems.Count > 0 || loaded.Value is null)
            throw new InvalidOperationException($"{DataFolder} does not validate: {loaded.Problems.Count} problem(s)");
        Dataset = loaded.Value;
        var (templates, problems) = TemplateSet.Load(TemplatesFolder, "templates");
        Templates = templates ?? throw new InvalidOperationException($"templates: {problems.Count} problem(s)");
        Text = new TextCatalog(Dataset.I18n, Edition, "i18n/sr.yaml");
        Names = new EditionNames(Dataset, Edition);
        Figures = IndicatorCalculator.Compute(Dataset, LastYear);
        Charts = SheetCharts.Build(Figures, Text, Names);
    }

    /// <summary>The sheet's year: 2019 in the sample, the last year of a generated dataset.</summary>
    public int LastYear => Dataset.Years.Keys.Contains(Year) ? Year : Dataset.Years.Keys.Max();

    /// <summary>The plan of one edition of one year, as `mcro build --year Y --lang sr` makes it.</summary>
    public SitePlan OneEdition()
    {
        var plan = EditionSelection.Plan(Dataset.Config, [.. Dataset.Years.Keys], [LastYear], ["sr"], null);
        return plan.Value ?? throw new InvalidOperationException($"plan: {plan.Problems.Count} problem(s)");
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "mcro.sln"))) return dir.FullName;
        throw new InvalidOperationException("run the benchmarks from inside the repository (mcro.sln not found above " + AppContext.BaseDirectory + ")");
    }
}
