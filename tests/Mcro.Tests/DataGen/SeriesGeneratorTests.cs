using Mcro.DataGen;
using Mcro.Model.Mechanisms;
using Mcro.Validation;

namespace Mcro.Tests.DataGen;

/// <summary>mcro-datagen --mechanisms 3: the MOCR and two defined mechanisms, every year, every status, and the MOCR's files unchanged.</summary>
public sealed class SeriesGeneratorTests() : TempFolderTest("mcro-datagen-series-")
{
    private static readonly Lazy<ReferenceData> Reference = new(() => ReferenceData.From(RepositoryRoot.Data));

    [Fact]
    public void Three_mechanisms_validate_clean_with_each_defined_one_in_every_year_and_every_status()
    {
        var folder = Work.PathOf("data");
        DatasetGenerator.Write(DatasetGenerator.Generate(new GeneratorOptions(Years: 4, Municipalities: 38, Mechanisms: 3), Reference.Value), folder);

        var loaded = DatasetValidator.LoadAndValidate(folder, "data");

        Assert.Empty(loaded.Problems.Select(d => d.ToString()));
        var dataset = loaded.Value!;
        Assert.Equal(3, dataset.Mechanisms.Length);
        Assert.Single(dataset.Mechanisms, m => m.IsOffices);
        Assert.NotEmpty(dataset.CommunitiesLiving);
        foreach (var mechanism in dataset.DefinedMechanisms)
        {
            Assert.All(dataset.Years.Values, year => Assert.Equal(38, year.Mechanisms[mechanism.Id].Reports.Length));
            var statuses = dataset.Years.Values.SelectMany(y => y.Mechanisms[mechanism.Id].Reports).Select(r => r.Status).ToHashSet();
            Assert.Equal(Enum.GetValues<MechanismStatus>().ToHashSet(), statuses);
        }
    }

    [Fact]
    public void The_series_leaves_the_MOCRs_files_as_they_are()
    {
        var alone = DatasetGenerator.Generate(new GeneratorOptions(Years: 3, Municipalities: 20, Seed: 5), Reference.Value);
        var series = DatasetGenerator.Generate(new GeneratorOptions(Years: 3, Municipalities: 20, Seed: 5, Mechanisms: 3), Reference.Value);

        var byPath = series.ToDictionary(f => f.Path);
        Assert.All(alone, file => Assert.Equal(file.Content, byPath[file.Path].Content));
        Assert.Contains(series, f => f.Path == "mechanisms/mocr.yaml");
    }

    [Fact]
    public void More_mechanisms_than_the_reference_defines_are_refused()
    {
        Assert.Throws<InvalidDataException>(() => DatasetGenerator.Generate(new GeneratorOptions(Years: 1, Municipalities: 3, Mechanisms: 40), Reference.Value).ToList());
    }
}
