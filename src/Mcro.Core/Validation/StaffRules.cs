using Mcro.Diagnostics;
using Mcro.Model;

namespace Mcro.Validation;

/// <summary>staff.csv rows must belong to a MOCR of that year, name a known community, and give an office at most one head.</summary>
internal static class StaffRules
{
    public static void Check(ValidationScope scope, YearData year, DiagnosticBag bag)
    {
        var dataset = scope.Dataset;
        var heads = new Dictionary<string, StaffMember>(StringComparer.Ordinal);
        foreach (var member in year.Staff)
        {
            var at = member.Source.Cell("municipality");
            if (KnownCodes.Municipality(scope, member.Municipality, at, bag) is { } m && !m.HasMocrIn(year.Year))
                bag.Add(at, "staff-without-mocr", OfficeRules.NoMocrMessage(m, year.Year));
            KnownCodes.Community(scope, member.Community, member.Source.Cell("community"), bag);
            if (member.Position != Position.Head) continue;
            if (heads.TryGetValue(member.Municipality, out var first))
                bag.Add(member.Source.Cell("position"), "second-head",
                    $"'{member.Municipality}' has a second head (first on line {first.Source.Line}); an office has at most one");
            else heads[member.Municipality] = member;
        }
    }
}
