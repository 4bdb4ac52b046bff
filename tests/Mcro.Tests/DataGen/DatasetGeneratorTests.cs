using Mcro.DataGen;
using Mcro.Validation;

namespace Mcro.Tests.DataGen;

/// <summary>mcro-datagen writes datasets that mcro accepts, and the same seed always gives the same bytes.</summary>
public sealed class DatasetGeneratorTests() : TempFolderTest("mcro-datagen-")
{
    private static readonly Lazy<ReferenceData> Reference = new(() => ReferenceData.From(RepositoryRoot.Data));

    [Fact]
    public void A_small_generated_dataset_validates_clean()
    {
        var folder = Work.PathOf("data");
        DatasetGenerator.Write(DatasetGenerator.Generate(new GeneratorOptions(Years: 3, Municipalities: 12, Seed: 7), Reference.Value), folder);

        var loaded = DatasetValidator.LoadAndValidate(folder, "data");

        Assert.Empty(loaded.Problems.Select(d => d.ToString()));
        Assert.Equal([2000, 2001, 2002], loaded.Value!.Years.Keys);
        Assert.Equal(12, loaded.Value.Municipalities.Length);
        Assert.All(loaded.Value.Years.Values, year => Assert.NotEmpty(year.Offices));
    }

    [Fact]
    public void Generated_datasets_have_staff_and_both_kinds_of_exclusion()
    {
        var folder = Work.PathOf("data");
        DatasetGenerator.Write(DatasetGenerator.Generate(new GeneratorOptions(Years: 10, Municipalities: 38), Reference.Value), folder);

        var years = DatasetValidator.LoadAndValidate(folder, "data").Value!.Years.Values;

        Assert.All(years, year => Assert.NotEmpty(year.Staff));
        var exclusions = years.SelectMany(y => y.Exclusions).ToList();
        Assert.Contains(exclusions, e => e.AllTasks);
        Assert.Contains(exclusions, e => !e.AllTasks);
    }

    [Fact]
    public void Thirty_generated_years_build_every_trends_page_within_the_templates_loop_budget()
    {
        var folder = Work.PathOf("data");
        DatasetGenerator.Write(DatasetGenerator.Generate(new GeneratorOptions(Years: 30, Municipalities: 38), Reference.Value), folder);
        var dataset = DatasetValidator.LoadAndValidate(folder, "data").Value!;

        var site = Mcro.Tests.Site.SiteFixture.TryBuild(dataset, plan: Mcro.Tests.Site.SiteFixture.Plan(dataset, years: [2029]));

        Assert.Empty(site.Problems.Select(d => d.ToString()));
        var trends = site.Value!.ReadText(Mcro.Site.SiteLayout.Trends(Mcro.Localization.Edition.For("sr")));
        Assert.Contains("<desc id=\"trend-offices-desc\">2000: ", trends); // every year of the data, though only 2029 was built
        Assert.Equal(15, System.Text.RegularExpressions.Regex.Count(trends, "<figure"));
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes_and_another_seed_other_bytes()
    {
        var options = new GeneratorOptions(Years: 4, Municipalities: 20, Seed: 42);
        var first = DatasetGenerator.Generate(options, Reference.Value);
        var again = DatasetGenerator.Generate(options, Reference.Value);
        var other = DatasetGenerator.Generate(options with { Seed = 43 }, Reference.Value);

        Assert.Equal(first.Select(f => (f.Path, Convert.ToBase64String(f.Content))), again.Select(f => (f.Path, Convert.ToBase64String(f.Content))));
        Assert.NotEqual(first.Select(f => Convert.ToBase64String(f.Content)), other.Select(f => Convert.ToBase64String(f.Content)));
    }

    [Fact]
    public void Options_that_would_not_make_four_digit_years_are_refused()
    {
        Assert.NotNull(new GeneratorOptions(Years: 10, Municipalities: 1, FirstYear: 9995).Problem());
        Assert.NotNull(new GeneratorOptions(Years: 0, Municipalities: 1).Problem());
        Assert.Null(new GeneratorOptions(Years: 30, Municipalities: 38).Problem());
    }
}
