using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Mcro.Cli.Help;

/// <summary>System.CommandLine's help, followed by the command's examples: one action for the root and every subcommand.</summary>
public sealed class ExamplesHelpAction(HelpAction help) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var result = help.Invoke(parseResult);
        CommandExamples.Write(UsageProblems.CommandPath(parseResult.CommandResult.Command), parseResult.InvocationConfiguration.Output);
        return result;
    }

    /// <summary>Puts the examples after the help of <paramref name="root"/> and, the help option being recursive, of every command under it.</summary>
    public static void AddTo(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption { Action: HelpAction help } helpOption) helpOption.Action = new ExamplesHelpAction(help);
        }
    }
}
