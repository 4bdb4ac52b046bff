using System.CommandLine;
using Mcro.Diagnostics;

namespace Mcro.Cli;

/// <summary>The command line: mcro validate | indicators | build | serve | new-year.</summary>
public static class McroApp
{
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("mcro turns yearly MOCR monitoring data (CSV and YAML) into localized factsheet websites.")
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
        return root;
    }

    /// <summary>A command line that cannot run is told apart from data with problems (exit 1): CI sees a broken script, not broken data.</summary>
    private static int UsageError(ParseResult parse, TextWriter error)
    {
        // A value typed with a line break or an escape sequence is shown, not obeyed: one line per problem.
        foreach (var problem in parse.Errors) error.WriteLine(SafeText.Escape(problem.Message));
        var names = new List<string>();
        for (var c = parse.CommandResult; c.Parent is System.CommandLine.Parsing.CommandResult parent; c = parent) names.Insert(0, c.Command.Name);
        var command = string.Join(' ', names.Prepend("mcro"));
        error.WriteLine($"Run '{command} --help' for its options.");
        return ExitCodes.Usage;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            var parse = CreateRootCommand().Parse(args);
            return parse.Errors.Count > 0 ? UsageError(parse, error) : parse.Invoke(configuration);
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
