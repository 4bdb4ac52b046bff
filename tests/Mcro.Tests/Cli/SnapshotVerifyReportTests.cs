using Mcro.Tests.Site;

namespace Mcro.Tests.Cli;

/// <summary>
/// `mcro snapshot verify` prints the report `mcro diff SNAPSHOTS DATA` prints, in every format, whether or not anything
/// changed, and exits as diff does (0 the same, 1 different); only the Markdown title names the command.
/// </summary>
public sealed class SnapshotVerifyReportTests() : TempFolderTest("mcro-snapverify-")
{
    private string Data => Work.PathOf("data");

    private string Snapshots => Work.PathOf("snapshots");

    [Theory]
    [InlineData("text", false)]
    [InlineData("text", true)]
    [InlineData("markdown", false)]
    [InlineData("markdown", true)]
    [InlineData("json", false)]
    [InlineData("json", true)]
    public void Verify_prints_what_diff_prints_between_the_snapshots_and_the_data(string format, bool answerChanged)
    {
        FolderCopy.Copy(SiteFixture.DataFolder, Data);
        Assert.Equal(0, CliRun.Of("snapshot", "accept", "--data", Data, "--templates", SiteFixture.TemplatesFolder).ExitCode);
        if (answerChanged)
        {
            var offices = Path.Combine(Data, "2019/offices.csv");
            File.WriteAllText(offices, File.ReadAllText(offices).Replace("mamushe,yes,no,", "mamushe,yes,yes,", StringComparison.Ordinal));
        }

        var diff = CliRun.Of("diff", Snapshots, Data, "--templates", SiteFixture.TemplatesFolder, "--format", format);
        var verify = CliRun.Of("snapshot", "verify", "--data", Data, "--templates", SiteFixture.TemplatesFolder, "--format", format);

        Assert.Equal(answerChanged ? (1, 1) : (0, 0), (diff.ExitCode, verify.ExitCode));
        Assert.NotEmpty(diff.Output);
        Assert.Equal(diff.Output, verify.Output.Replace($"mcro snapshot verify ({Snapshots} → {Data})", $"mcro diff {Snapshots} {Data}", StringComparison.Ordinal));
        Assert.Contains(answerChanged ? "mcro snapshot accept" : "the sheets match the snapshots", verify.Error);
    }
}
