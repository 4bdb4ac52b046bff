using Mcro.Build;
using Mcro.Diagnostics;
using Mcro.Site;

namespace Mcro.Cli.Serve;

/// <summary>
/// Rebuilds the preview, one build at a time, into memory: after the inputs have been quiet for <see cref="Debounce"/>
/// (an editor saving in two steps gives one build, not a flash of errors), and again if they changed while it ran.
/// </summary>
public sealed class PreviewBuilds : IDisposable
{
    public static readonly TimeSpan Debounce = QuietFor(Environment.GetEnvironmentVariable(QuietVariable));

    /// <summary>
    /// For tests only: MCRO_SERVE_QUIET_MS replaces the 250 ms, so a test of the two-step save can leave a margin no
    /// busy machine's scheduling eats up instead of racing the real debounce.
    /// </summary>
    public const string QuietVariable = "MCRO_SERVE_QUIET_MS";

    public static TimeSpan QuietFor(string? milliseconds) =>
        int.TryParse(milliseconds, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ms) && ms > 0
            ? TimeSpan.FromMilliseconds(ms)
            : TimeSpan.FromMilliseconds(250);

    private readonly object _gate = new();
    private readonly BuildRequest _request;
    private readonly PreviewSite _site;
    private readonly TextWriter _log;
    private readonly ITimer _timer;
    private bool _running;
    private bool _again;
    private bool _disposed;

    // The last site that built, for the next build to render only the years whose data changed.
    private PreviousSite? _previous;

    /// <param name="time">The clock the quiet time runs on; tests pass one they move by hand, so no build waits on the wall clock.</param>
    public PreviewBuilds(BuildRequest request, PreviewSite site, TextWriter log, TimeProvider? time = null)
    {
        _request = request;
        _site = site;
        _log = log;
        _timer = (time ?? TimeProvider.System).CreateTimer(_ => Build(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The first build, before the server answers.</summary>
    public void BuildNow() => Build();

    /// <summary>An input changed: build once it has been quiet for <see cref="Debounce"/>.</summary>
    public void InputChanged()
    {
        lock (_gate)
        {
            if (!_disposed) _timer.Change(Debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void Build()
    {
        lock (_gate)
        {
            if (_running)
            {
                _again = true;
                return;
            }
            _running = true;
        }
        while (true)
        {
            var sink = new MemorySink();
            BuildOutcome outcome;
            try
            {
                outcome = BuildPipeline.RunInMemory(_request, sink, previous: _previous);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A folder removed or unreadable half-way through a build: shown like any other problem, never a crash.
                outcome = new BuildOutcome.Failed([new Mcro.Diagnostics.Diagnostic(Mcro.Diagnostics.SourceLocation.OfFile(_request.DataDisplay), ProblemCode.InputUnreadable, e.Message)], [], []);
            }
            var seconds = outcome.Steps.Sum(s => s.Elapsed.TotalSeconds);
            if (outcome is BuildOutcome.Failed failed)
            {
                _site.Fail(failed.Problems);
                _log.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"build failed: {failed.Problems.Count} problem(s), shown on every page; still serving the last good site ({seconds:0.00} s)"));
                foreach (var problem in failed.Problems) _log.WriteLine("  " + problem);
            }
            else
            {
                _site.Publish(sink);
                var files = sink.Files;
                _previous = outcome is BuildOutcome.Built { Inputs: { } inputs } ? new PreviousSite(files, inputs) : null;
                _log.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"built {files.Count} file(s) in {seconds:0.00} s ({outcome.Steps.First(st => st.Name == "last build").Detail}); open pages reload"));
            }
            lock (_gate)
            {
                if (!_again)
                {
                    _running = false;
                    return;
                }
                _again = false;
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _timer.Dispose();
        }
    }
}
