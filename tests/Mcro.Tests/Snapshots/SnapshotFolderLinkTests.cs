using Mcro.Tests.Site;

namespace Mcro.Tests.Snapshots;

/// <summary>
/// A pull request can commit a symbolic link into snapshots/: `mcro snapshot` never reads or writes through one, anywhere
/// in the folder, and says which link stopped it.
/// </summary>
public sealed class SnapshotFolderLinkTests() : TempFolderTest("mcro-snaplink-")
{
    private const string Secret = "TOP SECRET: a line of a file outside the snapshot folder";

    private string Data => Work.PathOf("data");

    private string Snapshots => Work.PathOf("snapshots");

    /// <summary>A folder outside the snapshots that a link points into: a snapshot file's name, a user's file and an empty folder.</summary>
    private string Outside => Work.PathOf("outside");

    private CliRun Snapshot(string verb, params string[] extra) =>
        CliRun.Of(["snapshot", verb, "--data", Data, "--templates", SiteFixture.TemplatesFolder, .. extra]);

    /// <summary>The data, its accepted snapshots, and an outside folder holding a text.txt whose pages look like the edition's own (so a reader of it would print it).</summary>
    private void Accepted()
    {
        FolderCopy.Copy(SiteFixture.DataFolder, Data);
        Assert.Equal(0, Snapshot("accept").ExitCode);
        Directory.CreateDirectory(Path.Combine(Outside, "empty"));
        var text = File.ReadAllText(Path.Combine(Snapshots, "2019/en/text.txt"));
        File.WriteAllText(Path.Combine(Outside, "text.txt"), text.Replace("== index.html\n", $"== index.html\n{Secret}\n", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(Outside, "figures.csv"), "someone's figures\n");
        File.WriteAllText(Path.Combine(Outside, "keep.txt"), "someone's file\n");
    }

    /// <summary>Replaces a file or folder of the snapshots with a link to the outside folder (or a file in it).</summary>
    private void Link(string inSnapshots, string toOutside)
    {
        var path = Path.Combine(Snapshots, inSnapshots);
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        else File.Delete(path);
        var target = Path.Combine(Outside, toOutside);
        if (Directory.Exists(target)) Directory.CreateSymbolicLink(path, target);
        else File.CreateSymbolicLink(path, target);
    }

    [Theory]
    [InlineData("2019/en/text.txt", "text.txt")]
    [InlineData("2019/en/figures.csv", "figures.csv")]
    [InlineData("2019/en", "")]
    [InlineData("2019", "")]
    [InlineData("files.txt", "keep.txt")]
    public void Accept_refuses_a_link_naming_it_and_leaves_what_it_points_to_and_the_snapshots_as_they_were(string link, string target)
    {
        Accepted();
        Link(link, target);
        var outside = FolderSnapshot.Of(Outside);
        var snapshots = FolderSnapshot.Of(Snapshots);

        var run = Snapshot("accept");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{Snapshots}/{link}: is a symbolic link", run.Output);
        Assert.Contains("the snapshots were not read or written", run.Output);
        Assert.Equal(outside, FolderSnapshot.Of(Outside));
        Assert.Equal(snapshots, FolderSnapshot.Of(Snapshots));
    }

    [Fact]
    public void Accept_leaves_alone_a_folder_a_link_points_to_even_when_the_edition_the_link_stands_for_is_gone()
    {
        Accepted();
        // An edition the data does not have: without the guard its files and empty folders were removed, through the link.
        var files = Path.Combine(Snapshots, "files.txt");
        File.AppendAllText(files, "2017/sq/index.html\n");
        Directory.CreateSymbolicLink(Path.Combine(Snapshots, "2017"), Work.Folder("outside-2017"));
        Directory.CreateDirectory(Path.Combine(Outside, "sq"));
        Directory.Move(Path.Combine(Outside, "empty"), Path.Combine(Work.PathOf("outside-2017"), "empty"));
        File.Move(Path.Combine(Outside, "text.txt"), Path.Combine(Work.PathOf("outside-2017"), "text.txt"));
        var outside = FolderSnapshot.Of(Work.PathOf("outside-2017"));

        var run = Snapshot("accept");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{Snapshots}/2017: is a symbolic link", run.Output);
        Assert.Equal(outside, FolderSnapshot.Of(Work.PathOf("outside-2017")));
    }

    [Theory]
    [InlineData("2019/en/text.txt", "text.txt")]
    [InlineData("2019/en", "")]
    public void Verify_never_prints_what_a_link_points_to(string link, string target)
    {
        Accepted();
        Link(link, target);

        var run = Snapshot("verify", "--format", "markdown");

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain(Secret, run.Output + run.Error);
        Assert.Contains($"{Snapshots}/{link}: is a symbolic link", run.Output);
    }

    [Theory]
    [InlineData("2019/en/text.txt", "text.txt")]
    [InlineData("2019/en", "")]
    public void Diff_of_a_snapshot_folder_holding_a_link_names_the_link_and_never_prints_what_it_points_to(string link, string target)
    {
        Accepted();
        Link(link, target);

        var run = CliRun.Of(["diff", Snapshots, Data, "--templates", SiteFixture.TemplatesFolder]);

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain(Secret, run.Output + run.Error);
        Assert.DoesNotContain("internal error", run.Output + run.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"{link}: is a symbolic link", run.Error);
    }

    [Fact]
    public void A_snapshot_folder_that_is_itself_a_link_is_refused_before_anything_is_read()
    {
        Accepted();
        Directory.Delete(Snapshots, recursive: true);
        Directory.CreateSymbolicLink(Snapshots, Outside);
        var outside = FolderSnapshot.Of(Outside);

        var accepted = Snapshot("accept");
        var verified = Snapshot("verify");

        Assert.Equal(1, accepted.ExitCode);
        Assert.Equal(1, verified.ExitCode);
        Assert.Contains($"{Snapshots}: the snapshot folder is a symbolic link", accepted.Output);
        Assert.DoesNotContain(Secret, verified.Output + verified.Error);
        Assert.Equal(outside, FolderSnapshot.Of(Outside));
    }

    [Fact]
    public void A_link_anywhere_in_the_folder_is_refused_even_one_to_nothing()
    {
        Accepted();
        var snapshots = FolderSnapshot.Of(Snapshots);
        var link = Path.Combine(Snapshots, "2019/sr/notes.md");
        File.CreateSymbolicLink(link, Path.Combine(Outside, "no-such-file"));

        var run = Snapshot("accept");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{Snapshots}/2019/sr/notes.md: is a symbolic link", run.Output);
        Assert.False(File.Exists(Path.Combine(Outside, "no-such-file")));
        File.Delete(link);
        Assert.Equal(snapshots, FolderSnapshot.Of(Snapshots));
    }
}
