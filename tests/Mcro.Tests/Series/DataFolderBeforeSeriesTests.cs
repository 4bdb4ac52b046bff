using Mcro.Build;
using Mcro.Indicators;
using Mcro.Producers;
using Mcro.Tests.Site;
using Mcro.Validation;

namespace Mcro.Tests.Series;

/// <summary>
/// A data folder made before the series (no mechanisms/, its own i18n files without the series' blocks) still validates
/// and builds: the series' texts are asked for only of a dataset that defines a mechanism.
/// </summary>
public sealed class DataFolderBeforeSeriesTests() : TempFolderTest("mcro-before-series-")
{
    [Fact]
    public void A_data_folder_without_mechanisms_and_without_the_series_texts_validates_and_builds()
    {
        var data = Work.PathOf("data");
        Copy(SiteFixture.DataFolder, data);
        var stripped = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(data, "i18n"), "*.yaml").Where(f => !f.EndsWith("glossary.yaml", StringComparison.Ordinal)))
        {
            var lines = File.ReadAllLines(file);
            var kept = WithoutBlocks(lines, SeriesTexts.Blocks);
            stripped += lines.Length - kept.Count;
            File.WriteAllLines(file, kept);
        }
        Assert.True(stripped > 0, "the fixture's i18n files hold the series' blocks, so this test takes them out");

        var loaded = DatasetValidator.LoadAndValidate(data, "data");
        Assert.Empty(loaded.Problems);
        Assert.Empty(loaded.Value!.Mechanisms);
        var dataset = loaded.Value!;
        var context = new BuildContext(dataset, SiteFixture.Plan(dataset), IndicatorCalculator.ComputeEveryYear(dataset), SiteFixture.Templates, SiteFixture.Assets);
        Assert.Empty(TextsStep.Check(context, BuildPipeline.Producers).Problems);
        Assert.True(SiteFixture.TryBuild(dataset).Succeeded);
    }

    [Fact]
    public void A_dataset_that_defines_a_mechanism_needs_the_series_texts()
    {
        var data = Work.PathOf("data");
        Copy(SiteFixture.DataFolder, data);
        Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "series-sheet"), Work.PathOf("series"));
        var file = Path.Combine(data, "i18n", "en.yaml");
        File.WriteAllLines(file, WithoutBlocks(File.ReadAllLines(file), new HashSet<string> { "mechanism" }));
        Directory.CreateDirectory(Path.Combine(data, "mechanisms"));
        // Any definition will do: the texts are needed as soon as one mechanism is defined.
        File.WriteAllText(Path.Combine(data, "mechanisms", "xc.yaml"), DefinitionOf(Work.PathOf("series")));

        var loaded = DatasetValidator.LoadAndValidate(data, "data");

        Assert.Contains(loaded.Problems, p => p.Location.File.EndsWith("en.yaml", StringComparison.Ordinal) && p.Message.Contains("mechanism.", StringComparison.Ordinal));
    }

    private static string DefinitionOf(string seriesFixture) =>
        File.ReadAllText(Directory.GetFiles(seriesFixture, "*.yaml", SearchOption.AllDirectories).First(f => f.Contains("mechanisms", StringComparison.Ordinal)));

    /// <summary>The lines of an i18n file without the top-level blocks named.</summary>
    private static List<string> WithoutBlocks(IEnumerable<string> lines, IReadOnlySet<string> blocks)
    {
        var kept = new List<string>();
        var skipping = false;
        foreach (var line in lines)
        {
            var topLevel = line.Length > 0 && !char.IsWhiteSpace(line[0]) && !line.StartsWith('#');
            if (topLevel) skipping = blocks.Contains(line.Split(':')[0]);
            if (!skipping) kept.Add(line);
        }
        return kept;
    }

    private static void Copy(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
