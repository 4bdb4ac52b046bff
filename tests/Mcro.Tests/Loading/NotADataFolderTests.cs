using Mcro.Loading;

namespace Mcro.Tests.Loading;

/// <summary>A folder without config.yaml (nor any other file of a dataset) is one problem, "not a data folder", with where the dataset may be; never a list of missing files.</summary>
public sealed class NotADataFolderTests : TempFolderTest
{
    public NotADataFolderTests() : base("mcro-not-data") { }

    [Fact]
    public void A_folder_of_other_files_is_one_problem_with_how_to_name_the_dataset()
    {
        Directory.CreateDirectory(Work.PathOf("src/2019"));
        File.WriteAllText(Work.PathOf("src/readme.md"), "hello");

        var problems = DatasetLoader.Load(Work.PathOf("src"), "src").Problems;

        var problem = Assert.Single(problems);
        Assert.Equal("not-data-folder", problem.Rule);
        Assert.StartsWith("src: not a data folder (no config.yaml); pass the dataset folder with --data", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_of_year_folders_alone_is_not_a_data_folder_either()
    {
        FolderCopy.Copy(DataWorkspace.FixturePath("valid") + "/2019", Work.PathOf("years/2019"));

        var problem = Assert.Single(DatasetLoader.Load(Work.PathOf("years"), "years").Problems);

        Assert.Equal("not-data-folder", problem.Rule);
    }

    [Fact]
    public void A_year_folder_names_the_dataset_above_it()
    {
        using var ws = DataWorkspace.CopyOf();

        var problem = Assert.Single(DatasetLoader.Load(ws.PathOf("2019"), "data/2019").Problems);

        Assert.Equal("data/2019: not a data folder (no config.yaml); it is inside the dataset data: pass --data data", problem.ToString());
    }

    [Fact]
    public void The_folder_above_a_dataset_names_the_dataset_in_it()
    {
        FolderCopy.Copy(DataWorkspace.FixturePath(), Work.PathOf("repo/data"));

        var problem = Assert.Single(DatasetLoader.Load(Work.PathOf("repo"), "repo").Problems);

        Assert.Equal("repo: not a data folder (no config.yaml); the dataset is in repo/data: pass --data repo/data", problem.ToString());
    }

    public static TheoryData<string[]> CommandsReadingData() => new()
    {
        new[] { "validate" },
        new[] { "validate", "--year", "2019" },
        new[] { "indicators", "--year", "2019" },
        new[] { "i18n", "status" },
        new[] { "build", "--out", "OUT" },
    };

    [Theory]
    [MemberData(nameof(CommandsReadingData))]
    public void Every_command_says_it_once_and_exits_1(string[] args)
    {
        Directory.CreateDirectory(Work.PathOf("notes/2019"));
        File.WriteAllText(Work.PathOf("notes/offices.csv"), "a,b\n1,2\n");

        var run = CliRun.Of([.. args.Select(a => a == "OUT" ? Work.PathOf("out") : a), "--data", Work.PathOf("notes")]);

        Assert.Equal(1, run.ExitCode);
        var all = run.Output + run.Error;
        Assert.Equal(1, all.Split("not a data folder (no config.yaml)").Length - 1);
        Assert.DoesNotContain("missing file", all);
    }
}
