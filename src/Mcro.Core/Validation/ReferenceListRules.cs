using Mcro.Diagnostics;
using Mcro.Model;

namespace Mcro.Validation;

/// <summary>Rules on municipalities.csv, communities.csv and tasks.csv.</summary>
internal static class ReferenceListRules
{
    public static void Check(Dataset dataset, DiagnosticBag bag)
    {
        Unique(dataset.Municipalities.Select(m => (m.Code, m.Location)), "municipality", bag);
        Unique(dataset.Communities.Select(c => (c.Code, c.Location)), "community", bag);
        Unique(dataset.Tasks.Select(t => (t.Key, t.Location)), "task", bag);
        foreach (var m in dataset.Municipalities) OfficeYearRules.Check(m, bag);
    }

    private static void Unique(IEnumerable<(string Code, SourceLocation Location)> rows, string what, DiagnosticBag bag)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var (code, location) in rows)
        {
            if (seen.TryGetValue(code, out var first))
                bag.Add(location, ProblemCode.DuplicateRow, $"{what} '{code}' is listed twice (first on line {first.Line})");
            else seen[code] = location;
        }
    }
}
