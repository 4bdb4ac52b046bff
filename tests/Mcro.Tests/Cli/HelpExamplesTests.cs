using System.CommandLine;
using Mcro.Cli;
using Mcro.Cli.Help;

namespace Mcro.Tests.Cli;

/// <summary>Every --help ends with examples of that command that the parser accepts: the help cannot show a line that fails.</summary>
public sealed class HelpExamplesTests
{
    public static TheoryData<string> EveryCommand()
    {
        var data = new TheoryData<string>();
        foreach (var command in Commands(McroApp.CreateRootCommand())) data.Add(UsageProblems.CommandPath(command));
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public void The_help_of_every_command_ends_with_two_or_three_examples_of_it(string command)
    {
        var run = CliRun.Of([.. command.Split(' ').Skip(1), "--help"]);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.TrimEnd().Split('\n');
        var heading = Array.LastIndexOf(lines, "Examples:");
        Assert.True(heading > 0, $"no Examples: section in the help of {command}");
        var examples = lines[(heading + 1)..];
        Assert.InRange(examples.Length, 2, 3);
        Assert.All(examples, line => Assert.StartsWith("  " + command, line, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public void Every_example_parses_as_the_command_it_illustrates(string command)
    {
        foreach (var example in CommandExamples.For(command))
        {
            var words = example.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var parse = McroApp.CreateRootCommand().Parse(words[1..]);

            Assert.True(parse.Errors.Count == 0, $"{example}: {string.Join("; ", parse.Errors.Select(e => e.Message))}");
            Assert.StartsWith(UsageProblems.CommandPath(parse.CommandResult.Command), example, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_command_in_the_table_exists()
    {
        var commands = Commands(McroApp.CreateRootCommand()).Select(UsageProblems.CommandPath).ToHashSet(StringComparer.Ordinal);

        Assert.All(CommandExamples.All.Keys, path => Assert.Contains(path, commands));
    }

    private static IEnumerable<Command> Commands(Command command) => command.Subcommands.SelectMany(Commands).Prepend(command);
}
