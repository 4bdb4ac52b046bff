
namespace Mcro.Tests.Loading;

/// <summary>The dataset folder: which files must be there, and which folders are years.</summary>
public sealed class DataFolderTests
{
    [Theory]
    [InlineData("config.yaml")]
    [InlineData("municipalities.csv")]
    [InlineData("communities.csv")]
    [InlineData("tasks.csv")]
    [InlineData("i18n/sr.yaml")]
    [InlineData("2018/offices.csv")]
    [InlineData("2018/staff.csv")]
    [InlineData("2019/notes.yaml")]
    public void Missing_file_is_named_alone_without_follow_up_noise(string file)
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Delete(file);

        Assert.Equal([$"data/{file}: missing file (see docs/data-format.md for what it holds)"], ws.Problems());
    }

    [Fact]
    public void Missing_data_folder_says_how_to_pass_one()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Delete("");

        Assert.Equal(["data: data folder not found; pass the dataset folder with --data"], ws.Problems());
    }

    [Fact]
    public void Folder_that_looks_like_a_mistyped_year_is_reported()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.CreateFolder("20x9");

        Assert.Equal(
            ["data/20x9: folder '20x9' looks like a year but a year folder's name is exactly four digits, e.g. 2019"],
            ws.Problems());
    }

    [Fact]
    public void Folders_without_digits_and_hidden_folders_are_not_years()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.CreateFolder("drafts").CreateFolder(".git2019");

        Assert.Empty(ws.Problems());
    }

    [Fact]
    public void Dataset_without_a_year_folder_is_reported()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Delete("2018").Delete("2019");

        Assert.Equal(["data: no year folder (such as 2019/) in the data folder"], ws.Problems());
    }

    [Fact]
    public void Asking_for_a_year_without_data_lists_the_years_available()
    {
        using var ws = DataWorkspace.CopyOf();

        Assert.Equal(["data: no data for 2017; years available: 2018, 2019"], ws.Problems(years: [2017]));
    }

    [Fact]
    public void Only_the_years_asked_for_are_loaded()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2018/staff.csv", "junik,head,albanian,male", "junik,head,albanian,mle");

        var result = ws.Validate(years: [2019]);

        Assert.Empty(result.Problems);
        Assert.Equal([2019], result.Value!.Years.Keys);
    }

    [Fact]
    public void Display_root_is_used_as_given_and_dot_means_relative_names()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("communities.csv", "turkish,Turq", "Turkish,Turq");

        Assert.StartsWith("communities.csv:4:A (code): ", Assert.Single(ws.Problems(displayRoot: ".")));
        Assert.StartsWith("../my data/communities.csv:4:A (code): ", Assert.Single(ws.Problems(displayRoot: "../my data")));
    }
}
