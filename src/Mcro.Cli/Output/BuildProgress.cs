using System.Globalization;
using Mcro.Build;

namespace Mcro.Cli.Output;

/// <summary>
/// Shows a build's steps as they finish: on a terminal, one line rewritten in place (on stderr, so output
/// stays clean for pipes); in CI or when redirected, one plain line per step.
/// </summary>
public sealed class BuildProgress(TextWriter output, TextWriter error, bool interactive) : IBuildObserver
{
    private readonly object _gate = new();
    private bool _lineOpen;

    /// <summary>Interactive when a person watches: a terminal on stderr and not CI.</summary>
    public static bool IsInteractive() =>
        !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public void StepStarted(string name)
    {
        if (!interactive) return;
        lock (_gate)
        {
            error.Write("\r\u001b[K" + name + " …");
            _lineOpen = true;
        }
    }

    public void StepDone(BuildStep step)
    {
        if (interactive) return;
        lock (_gate) output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{step.Name}: {step.Detail} ({step.Elapsed.TotalSeconds:0.00} s)"));
    }

    /// <summary>Clears the progress line before the summary or the problems are printed.</summary>
    public void Finish()
    {
        lock (_gate)
        {
            if (!_lineOpen) return;
            error.Write("\r\u001b[K");
            _lineOpen = false;
        }
    }
}
