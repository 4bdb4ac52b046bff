using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Mcro.Producers.Leaflet;

namespace Mcro.Cli;

/// <summary>--browser-timeout SECONDS: how long mcro waits for the browser that prints the leaflets.</summary>
public static class BrowserTimeoutOption
{
    /// <summary>An hour: longer is no wait but a hang.</summary>
    private const int MostSeconds = 3600;

    public static Option<TimeSpan?> Create() => new("--browser-timeout")
    {
        Description = $"Seconds the browser may take to come up (tried twice) and to print each leaflet (default: {LeafletBrowser.DefaultTimeout.TotalSeconds:0}); raise it on a busy machine",
        HelpName = "SECONDS",
        CustomParser = Parse,
    };

    private static TimeSpan? Parse(ArgumentResult result)
    {
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value.Trim() : "";
        if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= MostSeconds)
            return TimeSpan.FromSeconds(seconds);
        result.AddError($"--browser-timeout: '{token}' is not a number of seconds; write a whole number from 1 to {MostSeconds}, e.g. 300");
        return null;
    }
}
