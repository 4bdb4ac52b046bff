using System.Collections.Immutable;

namespace Mcro.Model.Mechanisms;

public enum MandatoryWhere
{
    Everywhere,
    Threshold,
    Nowhere,
}

/// <summary>
/// Where the law requires a mechanism: everywhere, nowhere, or where the communities not in the majority make up at least
/// <see cref="Threshold"/> percent of the municipality's population (the Law on Local Self-Government's 10 % rule).
/// </summary>
public sealed record MandatoryRule(MandatoryWhere Where, decimal Threshold)
{
    public static readonly MandatoryRule Everywhere = new(MandatoryWhere.Everywhere, 0);

    /// <param name="living">The communities living in the municipality that year, with their shares.</param>
    public bool IsMandatory(ImmutableArray<CommunityPresence> living) => Where switch
    {
        MandatoryWhere.Everywhere => true,
        MandatoryWhere.Nowhere => false,
        _ => NonMajorityShare(living) >= Threshold,
    };

    /// <summary>The shares of every community but the largest one, added up; no community recorded is no share at all.</summary>
    public static decimal NonMajorityShare(ImmutableArray<CommunityPresence> living) =>
        living.IsEmpty ? 0 : living.Sum(c => c.Share) - living.Max(c => c.Share);
}
