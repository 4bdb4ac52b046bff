using System.Collections.Immutable;
using Mcro.Model;

namespace Mcro.Indicators;

/// <summary>The staff charts: women and men, in total and per community.</summary>
public static class StaffIndicators
{
    /// <summary>Figures for the given staff rows; communities in communities.csv order, only those with staff.</summary>
    public static StaffFigures Of(ImmutableArray<Community> communities, IEnumerable<StaffMember> staff)
    {
        var counts = new Dictionary<string, (int Female, int Male)>(StringComparer.Ordinal);
        foreach (var member in staff)
        {
            var (female, male) = counts.GetValueOrDefault(member.Community);
            counts[member.Community] = member.Gender == Gender.Female ? (female + 1, male) : (female, male + 1);
        }
        var byCommunity = communities
            .Where(c => counts.ContainsKey(c.Code))
            .Select(c =>
            {
                var (female, male) = counts[c.Code];
                return new CommunityStaff(c.Code, female, male, female + male);
            })
            .ToImmutableArray();
        var totalFemale = counts.Values.Sum(n => n.Female);
        var totalMale = counts.Values.Sum(n => n.Male);
        return new StaffFigures(totalFemale + totalMale, totalFemale, totalMale, byCommunity);
    }
}
