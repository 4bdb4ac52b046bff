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
                bag.Add(at, ProblemCode.StaffWithoutMocr, OfficeRules.NoMocrMessage(m, year.Year));
            KnownCodes.Community(scope, member.Community, member.Source.Cell("community"), bag);
            if (member.Position != Position.Head) continue;
            if (heads.TryGetValue(member.Municipality, out var first))
                bag.Add(member.Source.Cell("position"), ProblemCode.SecondHead,
                    $"'{member.Municipality}' has a second head (first on line {first.Source.Line}); an office has at most one");
            else heads[member.Municipality] = member;
        }
        // A row with a wrong cell still names its municipality and community: they are checked too, so one run reports every mistake of the row.
        foreach (var row in year.UnreadStaff)
        {
            var at = row.Source.Cell("municipality");
            if (row.Municipality is { } code && KnownCodes.Municipality(scope, code, at, bag) is { } m && !m.HasMocrIn(year.Year))
                bag.Add(at, ProblemCode.StaffWithoutMocr, OfficeRules.NoMocrMessage(m, year.Year));
            if (row.Community is { } community) KnownCodes.Community(scope, community, row.Source.Cell("community"), bag);
        }
    }
}
