using System.Globalization;
using Mcro.Build;

namespace Mcro.Cli.Output;

/// <summary>
/// Shows a build's steps as they run. On a terminal: one line on stderr, rewritten in place, naming the running step and,
/// for a step that makes many things, how far it is ("leaflets 7/12"); stdout stays clean for pipes. Elsewhere (CI, a
/// file): one plain line per step as it ends, with its duration unless the output must stay the same run after run.
/// </summary>
/// <param name="interactive">A person watches a terminal that can rewrite a line: see <see cref="IsInteractive"/>.</param>
/// <param name="timings">Each step's duration on its line; off where output is compared (--format github).</param>
public sealed class BuildProgress(TextWriter output, TextWriter error, bool interactive, bool timings = true) : IBuildObserver
{
    private readonly object _gate = new();
    private bool _lineOpen;
    private int _shownPercent = -1;

    /// <summary>Interactive when a person watches stderr on a terminal that can rewrite a line, outside CI.</summary>
    public static bool IsInteractive(TextWriter error) =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) && TerminalColour.CanRewriteLine(error);

    public void StepStarted(string name)
    {
        if (!interactive) return;
        lock (_gate)
        {
            _shownPercent = -1;
            Show(name + " …");
        }
    }

    public void StepCounted(string name, int done, int total)
    {
        if (!interactive || total <= 0) return;
        lock (_gate)
        {
            // A hundred rewrites at most per step: a site of ten thousand pages does not flood the terminal.
            var percent = (int)(100L * done / total);
            if (percent == _shownPercent && done != total) return;
            _shownPercent = percent;
            Show(string.Create(CultureInfo.InvariantCulture, $"{name} {done}/{total}"));
        }
    }

    public void StepDone(BuildStep step)
    {
        if (interactive) return;
        lock (_gate)
        {
            output.WriteLine(timings
                ? string.Create(CultureInfo.InvariantCulture, $"{step.Name}: {step.Detail} ({step.Elapsed.TotalSeconds:0.00} s)")
                : $"{step.Name}: {step.Detail}");
        }
    }

    /// <summary>Clears the progress line before the summary or the problems are printed.</summary>
    public void Finish()
    {
        lock (_gate)
        {
            if (!_lineOpen) return;
            error.Write("\r\u001b[K");
            error.Flush();
            _lineOpen = false;
        }
    }

    private void Show(string text)
    {
        error.Write("\r\u001b[K" + text);
        error.Flush();
        _lineOpen = true;
    }
}
