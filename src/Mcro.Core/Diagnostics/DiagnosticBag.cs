namespace Mcro.Diagnostics;

/// <summary>Collects problems while a stage runs, so one run reports all of them.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public int Count => _items.Count;

    public void Add(SourceLocation location, ProblemCode code, string message) =>
        _items.Add(new Diagnostic(location, code, message));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public IReadOnlyList<Diagnostic> ToSortedList() => DiagnosticOrder.Sort(_items);
}
