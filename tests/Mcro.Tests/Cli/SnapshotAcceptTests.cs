using Mcro.Tests.Site;

namespace Mcro.Tests.Cli;

/// <summary>
/// `mcro snapshot accept` writes only the snapshot files whose bytes change: the others keep their dates, so what git
/// (and any tool watching dates) sees changed is what changed, and it says which files it wrote, removed and kept.
/// </summary>
public sealed class SnapshotAcceptTests() : TempFolderTest("mcro-snapaccept-")
{
    /// <summary>A date no run of the test can give a file: a file written by accept no longer has it.</summary>
    private static readonly DateTime LongAgo = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    private string Data => Work.PathOf("data");

    private string Snapshots => Work.PathOf("snapshots");

    private CliRun Accept() => CliRun.Of("snapshot", "accept", "--data", Data, "--templates", SiteFixture.TemplatesFolder);

    /// <summary>Every file of the snapshot folder, by its '/'-separated path, with its bytes; each dated long ago.</summary>
    private Dictionary<string, byte[]> AcceptedLongAgo()
    {
        FolderCopy.Copy(SiteFixture.DataFolder, Data);
        Assert.Equal(0, Accept().ExitCode);
        var files = Directory.EnumerateFiles(Snapshots, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Snapshots, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
        foreach (var path in files.Keys) File.SetLastWriteTimeUtc(Path.Combine(Snapshots, path), LongAgo);
        return files;
    }

    private bool Written(string path) => File.GetLastWriteTimeUtc(Path.Combine(Snapshots, path)) != LongAgo;

    [Fact]
    public void Accepting_again_writes_no_file_and_says_that_every_file_was_kept()
    {
        var files = AcceptedLongAgo();

        var again = Accept();

        Assert.Equal(0, again.ExitCode);
        Assert.DoesNotContain(files.Keys, Written);
        Assert.All(files, f => Assert.Equal(f.Value, File.ReadAllBytes(Path.Combine(Snapshots, f.Key))));
        Assert.Equal([$"accepted the snapshots of 8 editions in {Snapshots}/: no file written, 0 removed, {files.Count} kept unchanged"], again.OutputLines);
    }

    [Fact]
    public void One_changed_answer_rewrites_exactly_the_files_whose_bytes_change_none_of_the_year_before_and_lists_them()
    {
        var before = AcceptedLongAgo();
        var offices = Path.Combine(Data, "2019/offices.csv");
        File.WriteAllText(offices, File.ReadAllText(offices).Replace("mamushe,yes,no,", "mamushe,yes,yes,", StringComparison.Ordinal));

        var run = Accept();

        Assert.Equal(0, run.ExitCode);
        var changed = before.Keys.Where(path => !before[path].AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(Snapshots, path)))).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(changed, before.Keys.Where(Written).Order(StringComparer.Ordinal));
        Assert.Contains("2019/sr/figures.csv", changed);
        // The year before shows nothing of 2019: its editions are not written.
        Assert.DoesNotContain(changed, path => path.StartsWith("2018/", StringComparison.Ordinal));
        Assert.DoesNotContain("files.txt", changed);
        Assert.Equal(before.Count, Directory.EnumerateFiles(Snapshots, "*", SearchOption.AllDirectories).Count());
        Assert.Equal(
            [
                $"accepted the snapshots of 8 editions in {Snapshots}/: {changed.Count} files written (0 new, {changed.Count} changed), 0 removed, {before.Count - changed.Count} kept unchanged",
                .. changed.Select(path => $"  ~ {Snapshots}/{path}"),
            ],
            run.OutputLines.Where(line => !line.StartsWith("a reader sees ", StringComparison.Ordinal)));
        Assert.Contains(run.OutputLines, line => line.StartsWith("a reader sees ", StringComparison.Ordinal) && line.Contains("figure", StringComparison.Ordinal));
    }

    [Fact]
    public void A_first_accept_lists_every_file_as_new()
    {
        FolderCopy.Copy(SiteFixture.DataFolder, Data);

        var run = Accept();

        var files = Directory.EnumerateFiles(Snapshots, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Snapshots, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            [
                $"accepted the snapshots of 8 editions in {Snapshots}/: {files.Count} files written ({files.Count} new, 0 changed), 0 removed, 0 kept unchanged",
                .. files.Select(path => $"  + {Snapshots}/{path}"),
            ],
            run.OutputLines);
    }

    [Fact]
    public void A_year_taken_out_has_its_editions_files_removed_and_every_file_written_or_removed_is_listed()
    {
        var before = AcceptedLongAgo();
        Directory.Delete(Path.Combine(Data, "2018"), recursive: true);

        var run = Accept();

        Assert.Equal(0, run.ExitCode);
        var gone = before.Keys.Where(path => path.StartsWith("2018/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(gone);
        Assert.All(gone, path => Assert.False(File.Exists(Path.Combine(Snapshots, path)), path));
        var rewritten = before.Keys.Except(gone).Where(Written).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            [.. rewritten.Select(path => $"  ~ {Snapshots}/{path}"), .. gone.Select(path => $"  - {Snapshots}/{path}")],
            run.OutputLines.Where(line => line.StartsWith("  ", StringComparison.Ordinal)));
        Assert.StartsWith($"accepted the snapshots of 4 editions in {Snapshots}/: {rewritten.Count} files written (0 new, {rewritten.Count} changed), {gone.Count} removed, ", run.OutputLines[0]);
    }
}
