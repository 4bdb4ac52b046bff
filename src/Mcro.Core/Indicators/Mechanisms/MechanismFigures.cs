using System.Collections.Immutable;
using Mcro.Model;
using Mcro.Model.Mechanisms;

namespace Mcro.Indicators.Mechanisms;

/// <summary>
/// Every figure of one mechanism in one year, computed from its definition and its year's tables
/// (<see cref="MechanismCalculator"/>); what indicators.json of a mechanism holds (docs/indicators-contract.md).
/// </summary>
public sealed record MechanismFigures(
    string Mechanism,
    int Year,
    EstablishmentFigures Establishment,
    ImmutableArray<QuestionFigures> Indicators,
    PeopleFigures People,
    ImmutableArray<NotRepresented> NotRepresented,
    ImmutableArray<QuestionFigures> Duties,
    ImmutableArray<MunicipalityMechanism> Municipalities)
{
    public MunicipalityMechanism? Of(string municipality) => Municipalities.FirstOrDefault(m => m.Municipality == municipality);
}

/// <summary>Out of every municipality: where the mechanism is established (working or vacant), where the law requires it, and how those meet.</summary>
public sealed record EstablishmentFigures(
    int Municipalities,
    int Established,
    int Mandatory,
    int EstablishedMandatory,
    int EstablishedOptional,
    int Working,
    int Vacant,
    int Dissolved)
{
    /// <summary>Mandatory, but not established: the municipalities that do not meet the law.</summary>
    public int MissingMandatory => Mandatory - EstablishedMandatory;
}

/// <summary>A yes/no question (a functioning indicator or a duty) over the working mechanisms: yes, no, and left out with a reason.</summary>
public sealed record QuestionFigures(string Key, int Yes, int No, int Excluded)
{
    /// <summary>The mechanisms asked and not left out: the whole a share of yes is taken of.</summary>
    public int Assessed => Yes + No;
}

/// <summary>The people of the working mechanisms, by community and gender (communities in communities.csv's order, only those with someone).</summary>
public sealed record PeopleFigures(int Total, int Women, int Men, ImmutableArray<CommunityPeople> ByCommunity)
{
    public static readonly PeopleFigures None = new(0, 0, 0, []);
}

public sealed record CommunityPeople(string Community, int Women, int Men)
{
    public int Total => Women + Men;
}

/// <summary>A community that lives in municipalities where it has nobody among the mechanism's people: how many, and which.</summary>
public sealed record NotRepresented(string Community, ImmutableArray<string> Municipalities)
{
    public int Count => Municipalities.Length;
}

/// <summary>One municipality's mechanism in the year, as counted: an n/a stands for a duty it was left out of.</summary>
public sealed record MunicipalityMechanism(
    string Municipality,
    MechanismStatus Status,
    bool Mandatory,
    ImmutableDictionary<string, Answer> Indicators,
    ImmutableDictionary<string, Answer> Duties,
    int Women,
    int Men,
    ImmutableArray<string> Communities,
    ImmutableArray<string> NotRepresented,
    Exclusion? Exclusion)
{
    public int People => Women + Men;
}
