using Mcro.Diagnostics;
using Mcro.Model;

namespace Mcro.Validation;

/// <summary>Checks that a code names a known municipality, community or task, suggesting the nearest one if not.</summary>
internal static class KnownCodes
{
    public static Municipality? Municipality(ValidationScope scope, string code, SourceLocation at, DiagnosticBag bag)
    {
        var dataset = scope.Dataset;
        if (dataset.FindMunicipality(code) is { } m) return m;
        if (!scope.MunicipalitiesComplete) return null;
        bag.Add(at, ProblemCode.UnknownCode,
            $"unknown municipality '{code}'{Suggestions.DidYouMean(code, dataset.Municipalities.Select(x => x.Code))}");
        return null;
    }

    public static bool Community(ValidationScope scope, string code, SourceLocation at, DiagnosticBag bag)
    {
        var dataset = scope.Dataset;
        if (dataset.Communities.Any(c => c.Code == code) || !scope.CommunitiesComplete) return true;
        bag.Add(at, ProblemCode.UnknownCode,
            $"unknown community '{code}'{Suggestions.DidYouMean(code, dataset.Communities.Select(x => x.Code))}");
        return false;
    }

    public static bool Task(ValidationScope scope, string key, SourceLocation at, DiagnosticBag bag)
    {
        var dataset = scope.Dataset;
        if (dataset.Tasks.Any(t => t.Key == key) || !scope.TasksComplete) return true;
        bag.Add(at, ProblemCode.UnknownCode, $"unknown task '{key}'{Suggestions.DidYouMean(key, dataset.Tasks.Select(x => x.Key))}");
        return false;
    }
}
