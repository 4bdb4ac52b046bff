namespace Mcro.Tests.Cli;

/// <summary>--help describes every command and option, so users never need to read the code.</summary>
public sealed class HelpTests
{
    [Fact]
    public void Root_help_lists_the_commands_and_its_options()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("mcro turns yearly MOCR monitoring data", run.Output);
        Assert.Contains("validate", run.Output);
        Assert.Contains("Check the dataset and report all problems", run.Output);
        Assert.Contains("--help", run.Output);
        Assert.Contains("--version", run.Output);
    }

    [Fact]
    public void Validate_help_describes_every_option_with_its_values()
    {
        var run = CliRun.Of("validate", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var expected in new[]
        {
            "--data <DIR>", "Dataset folder",
            "--year <Y|all>", "Year(s) to check",
            "--format <text|json|github>", "Output format",
            "--help",
        })
            Assert.Contains(expected, run.Output);
        Assert.DoesNotContain("[default: Text]", run.Output);
    }

    [Fact]
    public void Every_option_of_validate_appears_in_its_help()
    {
        var command = Mcro.Cli.McroApp.CreateRootCommand().Subcommands.Single(c => c.Name == "validate");
        var help = CliRun.Of("validate", "--help").Output;

        Assert.NotEmpty(command.Options);
        Assert.All(command.Options, option => Assert.Contains(option.Name, help));
    }
}
