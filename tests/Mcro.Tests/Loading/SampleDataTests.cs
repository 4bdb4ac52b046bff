using Mcro.Diagnostics;
using Mcro.Model;
using Mcro.Validation;

namespace Mcro.Tests.Loading;

/// <summary>The repository's data/ folder loads whole: every row of every file becomes a record.</summary>
public sealed class SampleDataTests
{
    private static readonly Lazy<Result<Dataset>> Loaded = new(() => DatasetValidator.LoadAndValidate(RepositoryRoot.Data, "data"));

    private static Dataset Data => Loaded.Value.Value!;

    /// <summary>Data rows counted independently of the loader: non-blank lines after the header (the sample has no multi-line values).</summary>
    private static int RowsOf(string file) =>
        File.ReadLines(Path.Combine(RepositoryRoot.Data, file)).Skip(1).Count(line => line.Trim().Length > 0);

    [Fact]
    public void Sample_data_loads_and_validates_without_a_problem()
    {
        Assert.Empty(Loaded.Value.Problems.Select(d => d.ToString()));
        Assert.NotNull(Loaded.Value.Value);
    }

    [Fact]
    public void All_38_municipalities_are_loaded_and_35_have_a_mocr_by_2018()
    {
        Assert.Equal(38, Data.Municipalities.Length);
        Assert.Equal(RowsOf("municipalities.csv"), Data.Municipalities.Length);
        Assert.Equal(35, Data.Municipalities.Count(m => m.HasMocrIn(2018)));
        Assert.Equal(["leposaviq", "mitrovice-north", "zubin-potok"], Data.Municipalities.Where(m => m.SimilarOffice).Select(m => m.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void All_11_communities_are_loaded_in_file_order()
    {
        Assert.Equal(
            ["albanian", "serbian", "bosniak", "turkish", "roma", "ashkali", "egyptian", "gorani", "montenegrin", "croat", "other"],
            Data.Communities.Select(c => c.Code));
        Assert.Equal("Bošnjaci", Data.Communities[2].Name["sr"]);
    }

    [Fact]
    public void The_eight_core_tasks_are_loaded_in_order()
    {
        Assert.Equal(
            ["contacts", "assessment", "coordination", "projects", "participation", "policy_monitoring", "advice", "public_information"],
            Data.Tasks.Select(t => t.Key));
    }

    [Fact]
    public void Config_languages_are_albanian_serbian_english_with_a_cyrillic_edition()
    {
        Assert.Equal<string>(["sq", "sr", "en"], Data.Config.Languages);
        Assert.Equal<string>(["sq", "sr", "en", "sr-Cyrl"], Data.Config.Editions);
        Assert.True(Data.Config.Illustrative);
    }

    [Fact]
    public void Each_language_has_the_same_i18n_keys()
    {
        var keys = Data.I18n.ByLanguage.ToDictionary(p => p.Key, p => p.Value.Keys.ToList());

        Assert.Equal(["en", "sq", "sr"], keys.Keys.Order(StringComparer.Ordinal));
        Assert.NotEmpty(keys["sq"]);
        Assert.Equal(keys["sq"], keys["sr"]);
        Assert.Equal(keys["sq"], keys["en"]);
    }

    [Theory]
    [InlineData(2018)]
    [InlineData(2019)]
    public void Every_row_of_a_year_is_loaded(int year)
    {
        var data = Data.Years[year];

        Assert.Equal(35, data.Offices.Length);
        Assert.Equal(RowsOf($"{year}/offices.csv"), data.Offices.Length);
        Assert.Equal(RowsOf($"{year}/staff.csv"), data.Staff.Length);
        Assert.All(data.Offices, o => Assert.Equal(8, o.Tasks.Count));
    }

    [Fact]
    public void The_2018_exclusions_are_those_of_the_published_sheet()
    {
        var exclusions = Data.Years[2018].Exclusions;

        Assert.Equal(2, exclusions.Length);
        Assert.Equal(("mamushe", false, "coordination"), (exclusions[0].Municipality, exclusions[0].AllTasks, string.Join(",", exclusions[0].Tasks)));
        Assert.Equal(("junik", true), (exclusions[1].Municipality, exclusions[1].AllTasks));
        Assert.Empty(Data.Years[2019].Exclusions);
    }

    [Fact]
    public void Cells_keep_their_source_position()
    {
        var office = Data.Years[2019].Offices[0];

        Assert.Equal("data/2019/offices.csv:2:1", office.Source.Row.ToString());
        Assert.Equal("data/2019/offices.csv:2:C (annual_report)", office.Source.Cell("annual_report").ToString());
    }
}
