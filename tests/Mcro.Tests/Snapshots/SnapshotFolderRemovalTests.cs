using Mcro.Tests.Site;

namespace Mcro.Tests.Snapshots;

/// <summary>
/// What `mcro snapshot accept` removes: only snapshot files of units its own listing (files.txt) recorded, inside the
/// folder, and only the folders removing them emptied; whatever else is in the folder is the user's.
/// </summary>
public sealed class SnapshotFolderRemovalTests() : TempFolderTest("mcro-snapremove-")
{
    private string Data => Work.PathOf("data");

    private string Snapshots => Work.PathOf("snapshots");

    private string FileList => Path.Combine(Snapshots, "files.txt");

    private CliRun Accept() => CliRun.Of("snapshot", "accept", "--data", Data, "--templates", SiteFixture.TemplatesFolder);

    private void Accepted()
    {
        FolderCopy.Copy(SiteFixture.DataFolder, Data);
        Assert.Equal(0, Accept().ExitCode);
    }

    [Fact]
    public void Lines_of_files_txt_leading_out_of_the_folder_remove_nothing_there()
    {
        Accepted();
        var outside = Work.Folder("outside", "text.txt", "figures.csv", "charts.txt", "outside.txt", "2019/sr/text.txt");
        var before = FolderSnapshot.Of(outside);
        File.AppendAllLines(FileList, [
            "../outside.txt", "../outside/index.html", "../outside/2019/sr/index.html", "..", "../outside",
            $"{outside}/index.html", $"{outside}/2019/sr/index.html", outside, "/index.html",
            "..\\outside\\index.html", "2019/../../outside/index.html", "./../outside/index.html", "2019/sr/\0/../../../outside/index.html",
        ]);
        // A user's empty folder beside: the old accept removed every empty folder it found.
        Directory.CreateDirectory(Path.Combine(Snapshots, "drafts"));

        var run = Accept();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(before, FolderSnapshot.Of(outside));
        Assert.True(Directory.Exists(Path.Combine(Snapshots, "drafts")));
        Assert.DoesNotContain("../outside.txt", File.ReadAllLines(FileList));
    }

    [Fact]
    public void The_users_placeholders_readme_empty_folders_and_snapshot_named_files_files_txt_never_recorded_survive_accept()
    {
        Accepted();
        File.WriteAllText(Path.Combine(Snapshots, "README.md"), "How we review the snapshots\n");
        File.WriteAllText(Path.Combine(Snapshots, ".gitkeep"), "");
        File.WriteAllText(Path.Combine(Snapshots, "2019/sr/.gitkeep"), "");
        Directory.CreateDirectory(Path.Combine(Snapshots, "empty"));
        Directory.CreateDirectory(Path.Combine(Snapshots, "2019/sr/empty"));
        Directory.CreateDirectory(Path.Combine(Snapshots, "archive/2016/sq"));
        File.WriteAllText(Path.Combine(Snapshots, "archive/2016/sq/text.txt"), "== index.html\nkept by hand\n");
        var before = FolderSnapshot.Of(Snapshots);

        var run = Accept();

        Assert.Equal(0, run.ExitCode);
        // Every byte and date as it was: the snapshots themselves did not change either.
        Assert.Equal(before, FolderSnapshot.Of(Snapshots));
    }

    [Fact]
    public void An_edition_gone_from_the_data_loses_its_snapshot_files_and_the_folders_that_emptied_but_not_a_users_folder()
    {
        Accepted();
        File.AppendAllText(FileList, "2017/sq/index.html\n2017/en/index.html\n");
        foreach (var edition in new[] { "2017/sq", "2017/en" })
            foreach (var name in new[] { "text.txt", "charts.txt", "figures.csv" })
                Work.Folder(Path.Combine("snapshots", edition), name);
        Directory.CreateDirectory(Path.Combine(Snapshots, "2017/en/notes"));
        Directory.CreateDirectory(Path.Combine(Snapshots, "2016"));

        var run = Accept();

        Assert.Equal(0, run.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(Snapshots, "2017/sq")));
        Assert.Equal(["notes"], Directory.EnumerateFileSystemEntries(Path.Combine(Snapshots, "2017/en")).Select(Path.GetFileName));
        Assert.True(Directory.Exists(Path.Combine(Snapshots, "2016")));
    }

    [Fact]
    public void A_folder_where_a_snapshot_file_goes_is_a_problem_and_nothing_is_written()
    {
        Accepted();
        var text = Path.Combine(Snapshots, "2019/sr/text.txt");
        File.Delete(text);
        Directory.CreateDirectory(text);
        var before = FolderSnapshot.Of(Snapshots);

        var run = Accept();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{Snapshots}/2019/sr/text.txt: is a folder where mcro writes a snapshot file", run.Output);
        Assert.Equal(before, FolderSnapshot.Of(Snapshots));
    }
}
