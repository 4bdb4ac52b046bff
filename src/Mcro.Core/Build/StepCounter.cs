namespace Mcro.Build;

/// <summary>
/// How far the running step is through its items (sheets, pages, leaflets), for a counter such as "leaflets 7/12".
/// A producer says how many it will make, then counts each as it finishes, from any thread.
/// </summary>
public sealed class StepCounter
{
    private readonly Action<int, int>? _report;
    private int _total;
    private int _done;

    private StepCounter(Action<int, int>? report) => _report = report;

    /// <summary>Counts nothing: a build nobody watches, or a test.</summary>
    public static StepCounter None { get; } = new(null);

    /// <param name="report">Told (done, total) after each item.</param>
    internal static StepCounter Reporting(Action<int, int> report) => new(report);

    public void Start(int total)
    {
        Interlocked.Exchange(ref _done, 0);
        Volatile.Write(ref _total, total);
        _report?.Invoke(0, total);
    }

    public void Advance()
    {
        var done = Interlocked.Increment(ref _done);
        _report?.Invoke(done, Volatile.Read(ref _total));
    }
}
