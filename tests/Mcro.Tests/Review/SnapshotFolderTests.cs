using Mcro.Review;

namespace Mcro.Tests.Review;

/// <summary>Reading and writing a snapshot folder never goes through a link, and removes only what mcro's own listing accounts for.</summary>
public sealed class SnapshotFolderTests() : TempFolderTest("mcro-snapfolder-")
{
    private string Snapshots => Work.PathOf("snapshots");

    private string Outside => Work.PathOf("outside");

    private static SiteDigest Digest(params (string Path, string[] Lines)[] files) =>
        new(files.ToDictionary(f => f.Path, f => (IReadOnlyList<string>)f.Lines, StringComparer.Ordinal));

    private static readonly SiteDigest OneEdition = Digest(
        ("files.txt", ["2019/sr/index.html"]), ("2019/sr/text.txt", ["== index.html", "Naslov"]), ("2019/sr/figures.csv", ["year,value", "2019,1"]));

    [Fact]
    public void Reading_leaves_out_a_linked_file_and_folder_and_names_them()
    {
        SnapshotFolder.Write(Snapshots, "snaps", OneEdition);
        Work.Folder("outside", "text.txt", "figures.csv");
        File.CreateSymbolicLink(Path.Combine(Snapshots, "text.txt"), Path.Combine(Outside, "text.txt"));
        Directory.CreateSymbolicLink(Path.Combine(Snapshots, "2019/en"), Outside);

        var read = SnapshotFolder.Read(Snapshots, "snaps");

        Assert.Equal(["snaps/2019/en", "snaps/text.txt"], read.Problems.Select(p => p.Location.File));
        Assert.All(read.Problems, p => Assert.Contains("is a symbolic link", p.Message));
        Assert.Equal(OneEdition.Files.Keys.Order(), read.Value!.Files.Keys.Order());
        Assert.Equal(OneEdition.Files.Keys.Order(), SnapshotFolder.Read(Snapshots).Files.Keys.Order());
    }

    [Fact]
    public void A_files_txt_that_is_a_link_still_marks_the_folder_so_that_reading_names_it()
    {
        Work.Folder("outside", "list.txt");
        Directory.CreateDirectory(Snapshots);
        File.CreateSymbolicLink(Path.Combine(Snapshots, "files.txt"), Path.Combine(Outside, "gone.txt"));

        Assert.True(SnapshotFolder.Exists(Snapshots));
        Assert.Equal("snaps/files.txt", Assert.Single(SnapshotFolder.Read(Snapshots, "snaps").Problems).Location.File);
    }

    [Fact]
    public void Writing_into_a_folder_holding_a_link_writes_and_removes_nothing_anywhere()
    {
        SnapshotFolder.Write(Snapshots, "snaps", OneEdition);
        Work.Folder("outside", "text.txt", "figures.csv", "empty/.keep");
        Directory.Delete(Path.Combine(Snapshots, "2019/sr"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(Snapshots, "2019/sr"), Outside);
        var outside = FolderSnapshot.Of(Outside);
        var files = File.ReadAllText(Path.Combine(Snapshots, "files.txt"));

        var problems = SnapshotFolder.Write(Snapshots, "snaps", Digest(("files.txt", ["index.html"]))).Problems;

        Assert.Equal("snaps/2019/sr", Assert.Single(problems).Location.File);
        Assert.Equal(outside, FolderSnapshot.Of(Outside));
        Assert.Equal(files, File.ReadAllText(Path.Combine(Snapshots, "files.txt")));
    }

    [Fact]
    public void Stale_files_are_removed_only_for_units_files_txt_recorded_inside_the_folder()
    {
        var outside = Work.Folder("outside", "text.txt", "charts.txt", "figures.csv", "x/text.txt");
        Work.Folder("snapshots", "2018/sq/text.txt", "2018/sq/figures.csv", "2017/sq/text.txt", "notes/charts.txt", "2018/sq/README.md");
        File.WriteAllLines(Path.Combine(Snapshots, "files.txt"), [
            "2018/sq/index.html", "../outside/index.html", "../outside/x/a.html", $"{outside}/index.html", "..\\outside\\index.html",
            "2018/../../outside/index.html", "/index.html", "notes\0/index.html",
        ]);
        var before = FolderSnapshot.Of(outside);

        Assert.Empty(SnapshotFolder.Write(Snapshots, "snaps", OneEdition).Problems);

        Assert.Equal(before, FolderSnapshot.Of(outside));
        Assert.Equal(["README.md"], Directory.EnumerateFileSystemEntries(Path.Combine(Snapshots, "2018/sq")).Select(Path.GetFileName));
        Assert.True(File.Exists(Path.Combine(Snapshots, "2017/sq/text.txt")));
        Assert.True(File.Exists(Path.Combine(Snapshots, "notes/charts.txt")));
    }

    [Fact]
    public void A_recorded_path_that_is_a_folder_is_never_removed_and_emptied_folders_go_but_a_users_empty_one_stays()
    {
        Work.Folder("snapshots", "2018/sq/text.txt", "2018/en/charts.txt/inside.txt");
        Directory.CreateDirectory(Path.Combine(Snapshots, "2018/en/empty"));
        Directory.CreateDirectory(Path.Combine(Snapshots, "drafts"));
        File.WriteAllLines(Path.Combine(Snapshots, "files.txt"), ["2018/sq/index.html", "2018/en/index.html", "drafts/index.html"]);

        Assert.Empty(SnapshotFolder.Write(Snapshots, "snaps", OneEdition).Problems);

        Assert.False(Directory.Exists(Path.Combine(Snapshots, "2018/sq")));
        Assert.True(File.Exists(Path.Combine(Snapshots, "2018/en/charts.txt/inside.txt")));
        Assert.True(Directory.Exists(Path.Combine(Snapshots, "2018/en/empty")));
        Assert.True(Directory.Exists(Path.Combine(Snapshots, "drafts")));
    }

    [Fact]
    public void A_file_where_the_snapshots_need_a_folder_is_a_problem_and_nothing_is_written()
    {
        Work.Folder("snapshots", "2019/sr");

        var problems = SnapshotFolder.Write(Snapshots, "snaps", OneEdition).Problems;

        Assert.Equal(["snaps/2019/sr: is a file where the snapshots need a folder; nothing was written: move it away"], problems.Select(p => p.ToString()));
        Assert.False(File.Exists(Path.Combine(Snapshots, "files.txt")));
    }

    [Fact]
    public void A_file_is_rewritten_when_its_bytes_differ_even_if_it_reads_as_the_same_text_and_kept_untouched_when_they_do_not()
    {
        Assert.Empty(SnapshotFolder.Write(Snapshots, "snaps", OneEdition).Problems);
        var longAgo = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        File.WriteAllText(Path.Combine(Snapshots, "2019/sr/text.txt"), "== index.html\nNaslov\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        File.WriteAllText(Path.Combine(Snapshots, "2019/sr/figures.csv"), "year,value\r\n2019,1\r\n");
        File.SetLastWriteTimeUtc(Path.Combine(Snapshots, "files.txt"), longAgo);

        var written = SnapshotFolder.Write(Snapshots, "snaps", OneEdition);

        Assert.Empty(written.Problems);
        Assert.Equal(["2019/sr/figures.csv", "2019/sr/text.txt"], written.Value!.Rewritten);
        Assert.Equal(["files.txt"], written.Value.Kept);
        Assert.Empty(written.Value.Added);
        Assert.Equal("== index.html\nNaslov\n"u8.ToArray(), File.ReadAllBytes(Path.Combine(Snapshots, "2019/sr/text.txt")));
        Assert.Equal("year,value\n2019,1\n"u8.ToArray(), File.ReadAllBytes(Path.Combine(Snapshots, "2019/sr/figures.csv")));
        Assert.Equal(longAgo, File.GetLastWriteTimeUtc(Path.Combine(Snapshots, "files.txt")));
    }

    [Fact]
    public void Writing_says_which_files_were_new_rewritten_removed_and_kept()
    {
        Assert.Empty(SnapshotFolder.Write(Snapshots, "snaps", Digest(
            ("files.txt", ["2018/sq/index.html", "2019/sr/index.html"]), ("2018/sq/text.txt", ["== index.html", "Titulli"]), ("2019/sr/text.txt", ["== index.html", "Naslov"]))).Problems);

        var written = SnapshotFolder.Write(Snapshots, "snaps", OneEdition).Value!;

        Assert.Equal(["2019/sr/figures.csv"], written.Added);
        Assert.Equal(["files.txt"], written.Rewritten);
        Assert.Equal(["2018/sq/text.txt"], written.Removed);
        Assert.Equal(["2019/sr/text.txt"], written.Kept);
        Assert.Equal(2, written.Written);
    }

    [Theory]
    [InlineData("2019/sr/index.html", true)]
    [InlineData("index.html", true)]
    [InlineData("..", false)]
    [InlineData("../outside.txt", false)]
    [InlineData("2019/../../outside.txt", false)]
    [InlineData("./index.html", false)]
    [InlineData("/etc/passwd", false)]
    [InlineData("C:/Windows/win.ini", false)]
    [InlineData("..\\outside.txt", false)]
    [InlineData("2019//index.html", false)]
    [InlineData("2019/sr/", false)]
    [InlineData("", false)]
    [InlineData("2019/\0/index.html", false)]
    [InlineData("2019/\n/index.html", false)]
    public void Only_a_plain_path_below_the_folder_accounts_for_a_file(string line, bool plain)
    {
        Assert.Equal(plain, SnapshotFolder.IsPlainRelative(line));
    }
}
