using System.Globalization;
using Mcro.Diagnostics;
using Mcro.Model.Mechanisms;

namespace Mcro.Validation.Mechanisms;

/// <summary>communities-living.csv names known municipalities and communities, once per year, with shares that add up to at most the whole population.</summary>
internal static class CommunitiesLivingRules
{
    public static void Check(ValidationScope scope, DiagnosticBag bag)
    {
        var dataset = scope.Dataset;
        var rows = dataset.CommunitiesLiving;
        foreach (var row in rows)
        {
            KnownCodes.Municipality(scope, row.Municipality, row.Source.Cell("municipality"), bag);
            KnownCodes.Community(scope, row.Community, row.Source.Cell("community"), bag);
        }
        foreach (var (first, second) in rows.SelectMany((a, i) => rows.Skip(i + 1).Where(b => Overlap(a, b)).Select(b => (a, b))))
            bag.Add(second.Source.Cell("community"), ProblemCode.DuplicateRow,
                $"'{second.Community}' in '{second.Municipality}' is listed twice for the same years (first on line {first.Source.Line}); give each row its from/until years");
        var years = rows.SelectMany(r => new[] { r.From, r.Until }).OfType<int>().Concat(dataset.Years.Keys).Distinct().Order();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var year in years)
        {
            foreach (var group in rows.Where(r => r.HoldsIn(year)).GroupBy(r => r.Municipality))
            {
                var total = group.Sum(r => r.Share);
                if (total > 100.5m && reported.Add(group.Key))
                    bag.Add(group.First().Source.Cell("share"), ProblemCode.CommunitiesLiving,
                        $"the shares of the communities living in '{group.Key}' add up to {total.ToString(CultureInfo.InvariantCulture)} % in {year}: more than the whole population");
            }
        }
    }

    private static bool Overlap(CommunityPresence a, CommunityPresence b) =>
        a.Municipality == b.Municipality && a.Community == b.Community
        && (a.From ?? int.MinValue) <= (b.Until ?? int.MaxValue) && (b.From ?? int.MinValue) <= (a.Until ?? int.MaxValue);
}
