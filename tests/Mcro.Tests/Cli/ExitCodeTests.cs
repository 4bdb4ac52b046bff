namespace Mcro.Tests.Cli;

/// <summary>A command line that cannot run exits 2, for every command, before anything is read; data problems exit 1.</summary>
public sealed class ExitCodeTests
{
    [Theory]
    [InlineData("validate", "--bogus")]
    [InlineData("indicators", "--year", "2019", "--bogus")]
    [InlineData("build", "--bogus")]
    [InlineData("serve", "--bogus")]
    [InlineData("validate", "--format", "xml")]
    [InlineData("build", "--year", "20x9")]
    [InlineData("indicators", "--year", "2019", "--format", "yaml")]
    [InlineData("frobnicate")]
    public void A_usage_error_exits_2_and_says_where_the_options_are(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--help' for its options.", run.Error);
        Assert.DoesNotContain("internal error", run.Error);
    }

    [Fact]
    public void Data_with_problems_exits_1()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/staff.csv", "gjakove,head,albanian,female", "gjakove,head,albanian,femal");

        Assert.Equal(1, CliRun.Of("validate", "--data", ws.Root).ExitCode);
    }
}
