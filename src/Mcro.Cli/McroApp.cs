using System.CommandLine;

namespace Mcro.Cli;

/// <summary>The command line: mcro validate | indicators | build.</summary>
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
            new DiffCommand(),
            new SnapshotCommand(),
        };
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            var parse = CreateRootCommand().Parse(args);
            var exitCode = parse.Invoke(configuration);
            // Like git diff --exit-code, diff and snapshot keep 1 for "something changed": a wrong command line is 2.
            var command = parse.CommandResult.Command;
            var promisesUsage = command is DiffCommand or SnapshotCommand || command.Parents.OfType<SnapshotCommand>().Any();
            return parse.Errors.Count > 0 && promisesUsage ? ExitCodes.Usage : exitCode;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A user never sees a stack trace: this is mcro's bug, and the message says so.
            error.WriteLine($"mcro: internal error ({e.GetType().Name}): {e.Message}");
            error.WriteLine("This is a bug in mcro, not in your data; please report it with the command you ran.");
            return ExitCodes.InternalError;
        }
    }
}
