using Mcro.Tests.Site;

namespace Mcro.Tests.Cli;

public sealed class SnapshotCommandTests() : TempFolderTest("mcro-snapshot-")
{
    private string Data => Work.PathOf("data");

    private string Snapshots => Work.PathOf("snapshots");

    private CliRun Snapshot(string verb, params string[] extra) =>
        CliRun.Of(["snapshot", verb, "--data", Data, "--templates", SiteFixture.TemplatesFolder, .. extra]);

    [Fact]
    public void Verify_without_snapshots_says_how_to_create_them()
    {
        FolderCopy.Copy(SiteFixture.DataFolder, Data);

        var run = Snapshot("verify");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no snapshots yet", run.Error);
        Assert.Contains($"mcro snapshot accept --data {Data}", run.Error);
    }

    [Fact]
    public void Accept_writes_short_plain_files_beside_the_data_and_verify_then_passes()
    {
        FolderCopy.Copy(SiteFixture.DataFolder, Data);

        var accepted = Snapshot("accept");
        var verified = Snapshot("verify");

        Assert.Equal(0, accepted.ExitCode);
        Assert.Equal(0, verified.ExitCode);
        Assert.Contains("match the snapshots", verified.Error);
        foreach (var edition in new[] { "2018/sq", "2019/sr", "2019/sr-Cyrl", "2019/en" })
        {
            Assert.True(File.Exists(Path.Combine(Snapshots, edition, "figures.csv")), edition);
            var text = File.ReadAllText(Path.Combine(Snapshots, edition, "text.txt"));
            Assert.StartsWith("== index.html\n", text);
            Assert.DoesNotContain("<", text);
        }
        Assert.Contains("2019/sr/index.html", File.ReadAllLines(Path.Combine(Snapshots, "files.txt")));
        Assert.Contains("chart: ", File.ReadAllText(Path.Combine(Snapshots, "2019/en/text.txt")));
    }

    [Fact]
    public void A_changed_answer_fails_verify_with_the_diff_report_until_accepted()
    {
        FolderCopy.Copy(SiteFixture.DataFolder, Data);
        Assert.Equal(0, Snapshot("accept").ExitCode);
        var offices = Path.Combine(Data, "2019/offices.csv");
        File.WriteAllText(offices, File.ReadAllText(offices).Replace("mamushe,yes,no,", "mamushe,yes,yes,", StringComparison.Ordinal));

        var failed = Snapshot("verify", "--format", "markdown");
        var accepted = Snapshot("accept");
        var passed = Snapshot("verify");

        Assert.Equal(1, failed.ExitCode);
        Assert.StartsWith("**mcro snapshot verify", failed.Output);
        Assert.Contains("| 2019 · Mamushë · annual report | no | yes |", failed.Output);
        Assert.Contains("mcro snapshot accept", failed.Error);
        Assert.Contains("figures", accepted.Output);
        Assert.Equal(0, passed.ExitCode);
    }

    [Fact]
    public void A_snapshot_folder_given_elsewhere_is_used_and_other_files_in_it_are_kept()
    {
        FolderCopy.Copy(SiteFixture.DataFolder, Data);
        var elsewhere = Work.PathOf("review/snaps");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "README.md"), "ours");

        Assert.Equal(0, Snapshot("accept", "--snapshots", elsewhere).ExitCode);
        Assert.Equal(0, Snapshot("verify", "--snapshots", elsewhere).ExitCode);
        Assert.Equal("ours", File.ReadAllText(Path.Combine(elsewhere, "README.md")));
        Assert.False(Directory.Exists(Snapshots));
    }

    [Fact]
    public void Unknown_options_exit_2()
    {
        Assert.Equal(2, CliRun.Of("snapshot", "verify", "--no-such-option").ExitCode);
        Assert.Equal(2, CliRun.Of("snapshot").ExitCode);
    }
}
