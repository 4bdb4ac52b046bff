using Spectre.Console;

namespace Mcro.Cli.Output;

/// <summary>
/// Colour only where a person reads a terminal that shows it: never when the output is redirected or captured, nor with
/// NO_COLOR set (no-color.org) or TERM=dumb. Spectre.Console detects the terminal and writes the escape codes.
/// </summary>
public static class TerminalColour
{
    /// <summary>A console that colours <paramref name="output"/>, or null when it should stay plain.</summary>
    public static IAnsiConsole? For(TextWriter output)
    {
        if (!ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected || !TerminalAllowsEscapes()) return null;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
            Out = new AnsiConsoleOutput(output),
        });
        if (!console.Profile.Capabilities.Ansi || console.Profile.Capabilities.ColorSystem == ColorSystem.NoColors) return null;
        // A report line is never wrapped at the terminal's width: it is copied into issues and chats whole.
        console.Profile.Width = 10_000;
        return console;
    }

    /// <summary>
    /// Whether <paramref name="error"/> is the console's stderr on a terminal that may rewrite a line in place (a progress
    /// counter): the same rules as colour, so NO_COLOR or TERM=dumb keeps every line as written.
    /// </summary>
    public static bool CanRewriteLine(TextWriter error) =>
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected && TerminalAllowsEscapes();

    private static bool TerminalAllowsEscapes() =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);
}
