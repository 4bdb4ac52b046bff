using System.Diagnostics;
using Mcro.Diagnostics;

namespace Mcro.Build;

/// <summary>The build's one timer: runs each step, times it, tells the observer, and keeps the list for the summary.</summary>
internal sealed class StepTimer(IBuildObserver? observer)
{
    private readonly Stopwatch _watch = new();
    private readonly List<BuildStep> _steps = [];
    private string _running = "";

    /// <summary>The count of the running step's items, passed on to the observer under that step's name.</summary>
    public StepCounter Counter => field ??= observer is { } watching
        ? StepCounter.Reporting((done, total) => watching.StepCounted(Volatile.Read(ref _running), done, total))
        : StepCounter.None;

    public IReadOnlyList<BuildStep> Steps => _steps;

    /// <summary>Runs one step; its problems, if any, are in the result for the caller to stop on.</summary>
    public Result<T> Run<T>(string name, Func<Result<T>> work, Func<T, string> detail) where T : class
    {
        Volatile.Write(ref _running, name);
        observer?.StepStarted(name);
        _watch.Restart();
        var result = work();
        var step = new BuildStep(name, _watch.Elapsed, result.Succeeded ? detail(result.Value!) : $"{result.Problems.Count} problem(s)");
        _steps.Add(step);
        observer?.StepDone(step);
        return result;
    }
}
