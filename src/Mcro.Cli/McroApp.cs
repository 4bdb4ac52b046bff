using System.CommandLine;
using Mcro.Cli.Help;
using Mcro.Diagnostics;

namespace Mcro.Cli;

/// <summary>The command line: mcro validate | indicators | build | serve | new-year.</summary>
public static class McroApp
{
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("mcro turns yearly MOCR monitoring data (CSV and YAML) into localized factsheet websites: the MOCR's sheet and every other mechanism of the series (mechanisms/ID.yaml).")
        {
            new ValidateCommand(),
            new IndicatorsCommand(),
            new BuildCommand(),
            new ServeCommand(),
            new NewYearCommand(),
            new I18nCommand(),
            new DiffCommand(),
            new SnapshotCommand(),
            new TemplatesCommand(),
            new WorkbookCommand(),
        };
        ExamplesHelpAction.AddTo(root);
        return root;
    }

    /// <summary>A command line that cannot run is told apart from data with problems (exit 1): CI sees a broken script, not broken data.</summary>
    /// <remarks>A mistyped word is named with the nearest the command knows ("did you mean `build`?").</remarks>
    private static int UsageError(ParseResult parse, IReadOnlyList<string> args, TextWriter error)
    {
        // A value typed with a line break or an escape sequence is shown, not obeyed: one line per problem.
        foreach (var problem in UsageProblems.Describe(parse, args)) error.WriteLine(problem);
        error.WriteLine($"Run '{UsageProblems.CommandPath(parse.CommandResult.Command)} --help' for its options.");
        return ExitCodes.Usage;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            var parse = CreateRootCommand().Parse(args);
            // --help shows the help even when what it was typed with is incomplete ("mcro indicators --help" without --year).
            if (UsageProblems.OnlyAsksForHelp(parse, args)) return parse.Invoke(configuration);
            return UsageProblems.Describe(parse, args).Count > 0 ? UsageError(parse, args, error) : parse.Invoke(configuration);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A user never sees a stack trace: this is mcro's bug, and the message says so.
            error.WriteLine($"mcro: internal error ({e.GetType().Name}): {SafeText.Escape(e.Message)}");
            error.WriteLine("This is a bug in mcro, not in your data; please report it with the command you ran.");
            return ExitCodes.InternalError;
        }
    }
}
