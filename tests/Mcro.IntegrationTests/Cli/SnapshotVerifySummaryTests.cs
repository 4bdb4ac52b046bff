using Mcro.Tests.Site;

namespace Mcro.Tests.Cli;

/// <summary>
/// `mcro snapshot verify` puts in the job summary what `mcro diff SNAPSHOTS DATA` puts there (only the title names the
/// command), followed by its verdict: whether the sheets match, or how to accept them.
/// </summary>
public sealed class SnapshotVerifySummaryTests() : TempFolderTest("mcro-snapsummary-")
{
    private string Data => Work.PathOf("data");

    private string Snapshots => Work.PathOf("snapshots");

    private Dictionary<string, string> Actions(string summary) => new()
    {
        ["GITHUB_WORKSPACE"] = Work.Path, ["GITHUB_STEP_SUMMARY"] = Work.PathOf(summary), ["CI"] = "true",
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Verify_summarises_the_report_diff_summarises_then_its_verdict(bool answerChanged)
    {
        FolderCopy.Copy(SiteFixture.DataFolder, Data);
        Assert.Equal(0, CliChild.Run(Work.Path, new Dictionary<string, string>(), "snapshot", "accept", "--data", Data, "--templates", SiteFixture.TemplatesFolder).ExitCode);
        if (answerChanged)
        {
            var offices = Path.Combine(Data, "2019", "offices.csv");
            File.WriteAllText(offices, File.ReadAllText(offices).Replace("mamushe,yes,no,", "mamushe,yes,yes,", StringComparison.Ordinal));
        }

        var diff = CliChild.Run(Work.Path, Actions("diff.md"), "diff", Snapshots, Data, "--templates", SiteFixture.TemplatesFolder);
        var verify = CliChild.Run(Work.Path, Actions("verify.md"), "snapshot", "verify", "--data", Data, "--templates", SiteFixture.TemplatesFolder);

        Assert.Equal(diff.ExitCode, verify.ExitCode);
        var report = File.ReadAllText(Work.PathOf("diff.md")).TrimEnd('\n');
        var summary = File.ReadAllText(Work.PathOf("verify.md"))
            .Replace($"mcro snapshot verify ({Snapshots} → {Data})", $"mcro diff {Snapshots} {Data}", StringComparison.Ordinal);
        Assert.StartsWith(report + "\n\n", summary);
        Assert.Contains(answerChanged ? "mcro snapshot accept" : "the sheets match the snapshots", summary[report.Length..]);
    }
}
