using Mcro.Diagnostics;
using Mcro.Model;

namespace Mcro.Validation;

/// <summary>Checks that a code names a known municipality, community or task, suggesting the nearest one if not.</summary>
internal static class KnownCodes
{
    public static Municipality? Municipality(Dataset dataset, string code, SourceLocation at, DiagnosticBag bag)
    {
        if (dataset.FindMunicipality(code) is { } m) return m;
        if (dataset.IncompleteLists.Contains("municipalities.csv")) return null;
        bag.Add(at, "unknown-code",
            $"unknown municipality '{code}'{Suggestions.DidYouMean(code, dataset.Municipalities.Select(x => x.Code))}");
        return null;
    }

    public static bool Community(Dataset dataset, string code, SourceLocation at, DiagnosticBag bag)
    {
        if (dataset.Communities.Any(c => c.Code == code)) return true;
        if (dataset.IncompleteLists.Contains("communities.csv")) return false;
        bag.Add(at, "unknown-code",
            $"unknown community '{code}'{Suggestions.DidYouMean(code, dataset.Communities.Select(x => x.Code))}");
        return false;
    }

    public static bool Task(Dataset dataset, string key, SourceLocation at, DiagnosticBag bag)
    {
        if (dataset.Tasks.Any(t => t.Key == key)) return true;
        if (dataset.IncompleteLists.Contains("tasks.csv")) return false;
        bag.Add(at, "unknown-code", $"unknown task '{key}'{Suggestions.DidYouMean(key, dataset.Tasks.Select(x => x.Key))}");
        return false;
    }
}
