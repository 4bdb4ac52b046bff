using System.CommandLine;
using Mcro.Cli;
using Mcro.Cli.Help;

namespace Mcro.Tests.Cli;

/// <summary>A mistyped command or option is named with the nearest one the command knows, once, and exits 2.</summary>
public sealed class TypoSuggestionTests
{
    [Theory]
    [InlineData("unknown command 'biuld'; did you mean `build`?", "biuld")]
    [InlineData("unknown option '--lnag'; did you mean `--lang`?", "build", "--lnag", "sr")]
    [InlineData("unknown command 'verfy'; did you mean `verify`?", "snapshot", "verfy")]
    [InlineData("unknown command 'stauts'; did you mean `status`?", "i18n", "stauts")]
    [InlineData("unknown option '--dta'; did you mean `--data`?", "validate", "--dta", "data")]
    [InlineData("unknown option '-year'; did you mean `--year`?", "indicators", "-year", "2019")]
    [InlineData("unexpected argument 'data': mcro validate takes options only; did you mean `--data data`?", "validate", "data")]
    public void A_mistyped_word_is_the_only_problem_and_names_the_nearest(string expected, params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected, lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Run 'mcro", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_near_nothing_lists_what_there_is_instead()
    {
        var run = CliRun.Of("frobnicate");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown command 'frobnicate'; mcro has validate, indicators, build", run.Error);
        Assert.DoesNotContain("did you mean", run.Error);
    }

    public static TheoryData<string, string, string> EveryOptionOfEveryCommand()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var command in Commands(McroApp.CreateRootCommand()))
        {
            var path = UsageProblems.CommandPath(command);
            foreach (var option in command.Options.Where(o => !o.Hidden && o.Name.StartsWith("--", StringComparison.Ordinal) && o.Name.Length >= 6))
                data.Add(path, option.Name, option.Name.Remove(3, 1));
            foreach (var sub in command.Subcommands.Where(c => c.Name.Length >= 4))
                data.Add(path, sub.Name, sub.Name.Remove(1, 1));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryOptionOfEveryCommand))]
    public void Every_option_and_command_is_suggested_for_a_letter_left_out(string command, string meant, string typed)
    {
        var run = CliRun.Of([.. command.Split(' ').Skip(1), typed]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"did you mean `{meant}`?", run.Error);
    }

    private static IEnumerable<Command> Commands(Command command) => command.Subcommands.SelectMany(Commands).Prepend(command);
}
