using Mcro.Tests.Site;

namespace Mcro.Tests.Snapshots;

/// <summary>
/// `mcro snapshot` refuses a snapshot folder that is not one, before reading anything, and leaves it byte-identical:
/// accept replaces and removes files there, and verify prints what it reads.
/// </summary>
public sealed class SnapshotFolderLocationTests() : TempFolderTest("mcro-snapwhere-")
{
    private string Data => Work.PathOf("data");

    private string Templates => Work.PathOf("templates");

    private CliRun Snapshot(string verb, params string[] extra) =>
        CliRun.Of(["snapshot", verb, "--data", Data, "--templates", Templates, .. extra]);

    private void Copied()
    {
        FolderCopy.Copy(SiteFixture.DataFolder, Data);
        FolderCopy.Copy(SiteFixture.TemplatesFolder, Templates);
    }

    /// <summary>Runs accept and verify with --snapshots <paramref name="snapshots"/>: both refused naming it, <paramref name="watched"/> left as it was.</summary>
    private void AssertRefused(string snapshots, string watched, string why)
    {
        var before = FolderSnapshot.Of(watched);
        foreach (var verb in new[] { "accept", "verify" })
        {
            var run = Snapshot(verb, "--snapshots", snapshots);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains($"{snapshots}: the snapshot folder {why}", run.Output);
            Assert.Contains("nothing was read or written", run.Error);
            Assert.Equal(before, FolderSnapshot.Of(watched));
        }
    }

    [Fact]
    public void The_data_folder_inside_it_and_around_it_are_refused()
    {
        Copied();
        AssertRefused(Data, Work.Path, "is the data folder");
        AssertRefused(Path.Combine(Data, "2019"), Work.Path, "is inside the data folder");
        AssertRefused(Path.Combine(Data, "snapshots"), Work.Path, "is inside the data folder");
        AssertRefused(Work.Path, Work.Path, "holds the data folder");
    }

    [Fact]
    public void The_templates_folder_and_inside_it_are_refused()
    {
        Copied();
        AssertRefused(Templates, Work.Path, "is the templates folder");
        AssertRefused(Path.Combine(Templates, "snapshots"), Work.Path, "is inside the templates folder");
    }

    [Fact]
    public void A_repositorys_root_its_git_folder_and_inside_it_are_refused()
    {
        Copied();
        var repo = Work.Folder("repo", "README.md", ".git/HEAD", ".git/refs/heads/main");
        AssertRefused(repo, repo, "is a repository's root (it holds .git)");
        AssertRefused(Path.Combine(repo, ".git"), repo, "is a repository's .git folder or inside it");
        AssertRefused(Path.Combine(repo, ".git/refs"), repo, "is a repository's .git folder or inside it");
        AssertRefused(Path.Combine(repo, ".git/snapshots"), repo, "is a repository's .git folder or inside it");
        // A worktree's root: .git is a file there.
        var worktree = Work.Folder("worktree", ".git");
        AssertRefused(worktree, worktree, "is a repository's root (it holds .git)");
    }

    [Theory]
    [InlineData("src", new[] { "Mcro.Cli/Program.cs" })]
    [InlineData("docs", new[] { "README.md", "guide.md" })]
    [InlineData("home-like", new[] { ".bashrc", "Documents/letter.odt" })]
    [InlineData("snapshots-and-a-thesis", new[] { "files.txt", "2019/sr/text.txt", "2019/sr/thesis.docx" })]
    [InlineData("folders-only-then-a-file", new[] { "a/b/c/d/photo.jpg" })]
    public void A_folder_holding_other_files_than_snapshots_is_refused_naming_one(string name, string[] files)
    {
        Copied();
        var folder = Work.Folder(name, files);

        AssertRefused(folder, folder, "holds other files than snapshots (it has '");
    }

    [Fact]
    public void The_default_folder_beside_the_data_is_guarded_too()
    {
        Copied();
        var beside = Work.Folder("snapshots", "files.txt", "plan.xlsx");
        var before = FolderSnapshot.Of(beside);

        var run = Snapshot("accept");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{beside}: the snapshot folder holds other files than snapshots (it has 'plan.xlsx')", run.Output);
        Assert.Equal(before, FolderSnapshot.Of(beside));
    }

    [Fact]
    public void A_file_is_refused()
    {
        Copied();
        File.WriteAllText(Work.PathOf("taken"), "a file");

        AssertRefused(Work.PathOf("taken"), Work.Path, "is a file, not a folder");
    }

    [Fact]
    public void A_new_folder_and_one_of_snapshots_and_placeholders_are_taken()
    {
        Copied();
        var placeholders = Work.Folder("kept", ".gitkeep", "README.md", "2019/.gitkeep");

        Assert.Equal(0, Snapshot("accept", "--snapshots", Work.PathOf("review/new")).ExitCode);
        Assert.Equal(0, Snapshot("accept", "--snapshots", placeholders).ExitCode);
        Assert.Equal(0, Snapshot("verify", "--snapshots", placeholders).ExitCode);
    }
}
