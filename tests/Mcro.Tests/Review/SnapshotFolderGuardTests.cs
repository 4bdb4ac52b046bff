using Mcro.Review;

namespace Mcro.Tests.Review;

/// <summary>Which folders may be the snapshot folder: accept replaces and removes files there, so a wrong one is refused first.</summary>
public sealed class SnapshotFolderGuardTests() : TempFolderTest("mcro-snapguard-")
{
    private string Data => Work.PathOf("repo/data");

    private string Templates => Work.PathOf("repo/templates");

    private string Home => Work.PathOf("home/someone");

    private IReadOnlyList<string> Check(string folder) =>
        [.. SnapshotFolderGuard.Check(folder, "snaps", (Data, "data"), (Templates, "templates"), Home).Select(d => d.ToString())];

    [Fact]
    public void A_new_an_empty_and_a_folder_of_snapshots_and_placeholders_are_taken()
    {
        Assert.Empty(Check(Work.PathOf("repo/snapshots")));
        Assert.Empty(Check(Work.Folder("empty")));
        Assert.Empty(Check(Work.Folder("snapshots", "files.txt", "2019/sr/text.txt", "2019/sr/charts.txt", "2019/sr/figures.csv", "text.txt",
            ".gitkeep", ".gitignore", "README.md", "readme.txt", "README", "2019/.keep", "2019/sr/.gitattributes")));
        Directory.CreateDirectory(Work.PathOf("snapshots/empty/folders"));
        Assert.Empty(Check(Work.PathOf("snapshots")));
        Assert.Empty(Check(Path.Combine(Home, "work/snapshots")));
    }

    [Theory]
    [InlineData("notes.txt")]
    [InlineData("2019/sr/index.html")]
    [InlineData("a/b/c/photo.jpg")]
    [InlineData("2019/sr/text.txt.bak")]
    [InlineData(".env")]
    public void A_folder_holding_any_other_file_is_refused_naming_it(string file)
    {
        var folder = Work.Folder("other", "files.txt", "2019/sr/text.txt", file);

        Assert.Equal([$"snaps: the snapshot folder holds other files than snapshots (it has '{file}'); mcro writes only into a new folder or one holding " +
            "its snapshot files (charts.txt, figures.csv, files.txt, text.txt), placeholders such as .gitkeep and a README, and folders of them, " +
            "so that it never replaces or removes a file it did not write"], Check(folder));
    }

    [Fact]
    public void Many_other_files_are_named_three_then_and_more()
    {
        var folder = Work.Folder("many", "a.txt", "b.txt", "c.txt", "d.txt", "e.txt");

        Assert.Contains("(it has 'a.txt', 'b.txt', 'c.txt' and more)", Assert.Single(Check(folder)));
    }

    [Fact]
    public void The_data_and_templates_folders_what_is_inside_them_and_what_holds_them_are_refused()
    {
        Directory.CreateDirectory(Data);
        Assert.Contains("is the data folder", Assert.Single(Check(Data)));
        Assert.Contains("is inside the data folder (data)", Assert.Single(Check(Path.Combine(Data, "2019"))));
        Assert.Contains("is the templates folder", Assert.Single(Check(Templates + "/")));
        Assert.Contains("is inside the templates folder (templates)", Assert.Single(Check(Path.Combine(Templates, "snapshots"))));
        Assert.Contains("holds the data folder (data)", Assert.Single(Check(Work.PathOf("repo"))));
        Assert.Contains("holds the data folder (data)", Assert.Single(Check(Work.Path)));
    }

    [Fact]
    public void The_root_the_home_folder_and_what_holds_it_are_refused()
    {
        Assert.Equal(["snaps: the snapshot folder is the file system's root; the snapshots go into a folder of their own, such as snapshots beside the data folder"],
            Check(Path.GetPathRoot(Work.Path)!));
        Assert.Contains("is the home folder", Assert.Single(Check(Home)));
        Assert.Contains("holds the home folder", Assert.Single(Check(Work.PathOf("home"))));
    }

    [Fact]
    public void The_machines_own_home_folder_is_refused_when_none_is_given()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

        var problem = Assert.Single(SnapshotFolderGuard.Check(home, "~", (Data, "data"), (Templates, "templates")));

        // A container whose home is / refuses it as the root.
        Assert.Matches("is the home folder|is the file system's root", problem.Message);
    }

    [Fact]
    public void A_repositorys_root_and_its_git_folder_are_refused()
    {
        var repo = Work.Folder("checkout", "README.md", ".git/HEAD");

        Assert.Contains("is a repository's root (it holds .git)", Assert.Single(Check(repo)));
        Assert.Contains("is a repository's .git folder or inside it", Assert.Single(Check(Path.Combine(repo, ".git"))));
        Assert.Contains("is a repository's .git folder or inside it", Assert.Single(Check(Path.Combine(repo, ".git/snapshots"))));
    }

    [Fact]
    public void A_file_is_refused()
    {
        File.WriteAllText(Work.PathOf("taken"), "a file");

        Assert.Contains("is a file, not a folder", Assert.Single(Check(Work.PathOf("taken"))));
    }

    [Fact]
    public void A_link_as_the_folder_or_anywhere_in_it_is_refused_naming_it()
    {
        var outside = Work.Folder("outside", "secret.txt");
        var linked = Work.PathOf("linked");
        Directory.CreateSymbolicLink(linked, outside);
        var holding = Work.Folder("holding", "files.txt", "2019/sr/text.txt");
        Directory.CreateSymbolicLink(Path.Combine(holding, "2019/en"), outside);
        File.CreateSymbolicLink(Path.Combine(holding, "2019/sr/figures.csv"), Path.Combine(outside, "secret.txt"));

        Assert.StartsWith($"snaps: the snapshot folder is a symbolic link (to '{outside}')", Assert.Single(Check(linked)));
        Assert.Equal(2, Check(holding).Count);
        Assert.StartsWith("snaps/2019/en: is a symbolic link", Check(holding)[0]);
        Assert.StartsWith("snaps/2019/sr/figures.csv: is a symbolic link", Check(holding)[1]);
    }

    [Fact]
    public void A_link_in_the_path_above_does_not_carry_the_snapshots_into_the_data_folder()
    {
        Directory.CreateDirectory(Data);
        var link = Work.PathOf("link-to-repo");
        Directory.CreateSymbolicLink(link, Work.PathOf("repo"));

        Assert.Contains("is the data folder", Assert.Single(Check(Path.Combine(link, "data"))));
        Assert.Contains("is inside the data folder", Assert.Single(Check(Path.Combine(link, "data/snapshots"))));
    }
}
