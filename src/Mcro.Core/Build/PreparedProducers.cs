using Mcro.Diagnostics;
using Mcro.Producers;

namespace Mcro.Build;

/// <summary>The kinds of page as one build runs them: each that needs something outside mcro prepared for it, ended with it.</summary>
internal sealed class PreparedProducers : IDisposable
{
    private readonly List<IPreparedProducer> _prepared;

    private PreparedProducers(IReadOnlyList<IPageProducer> all, List<IPreparedProducer> prepared)
    {
        All = all;
        _prepared = prepared;
    }

    /// <summary>Every kind, in order; those that needed preparing as prepared for this build.</summary>
    public IReadOnlyList<IPageProducer> All { get; }

    public string Detail => string.Join("; ", _prepared.Select(p => p.Prepared).Where(p => p.Length > 0)) is { Length: > 0 } found ? found : "nothing needed";

    public static Result<PreparedProducers> Prepare(IReadOnlyList<IPageProducer> kinds, BuildRequest request)
    {
        var all = new List<IPageProducer>();
        var prepared = new List<IPreparedProducer>();
        var problems = new List<Diagnostic>();
        foreach (var kind in kinds)
        {
            if (kind is not IPreparedProducer preparing)
            {
                all.Add(kind);
                continue;
            }
            var ready = preparing.Prepare(request);
            problems.AddRange(ready.Problems);
            if (ready.Value is { } producer)
            {
                all.Add(producer);
                prepared.Add(producer);
            }
        }
        var result = new PreparedProducers(all, prepared);
        if (problems.Count == 0) return Result<PreparedProducers>.Ok(result);
        result.Dispose();
        return Result<PreparedProducers>.Failed(problems);
    }

    public void Start()
    {
        foreach (var producer in _prepared) producer.Start();
    }

    public void Dispose()
    {
        foreach (var producer in _prepared) producer.Dispose();
    }
}
