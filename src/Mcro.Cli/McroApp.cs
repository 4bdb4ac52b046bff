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
            new I18nCommand(),
        };
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return CreateRootCommand().Parse(args).Invoke(configuration);
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
