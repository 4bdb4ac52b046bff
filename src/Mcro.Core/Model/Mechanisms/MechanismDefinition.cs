using System.Collections.Immutable;
using Mcro.Diagnostics;

namespace Mcro.Model.Mechanisms;

/// <summary>
/// One mechanism of the series (the MOCR, Communities Committees, Deputy Mayors for Communities, …) as
/// <c>mechanisms/ID.yaml</c> defines it: its names, its mandate, where it is mandatory, what is asked of it and what its
/// sheet shows. Every figure of a mechanism is computed from its definition and its year's tables; nothing about a
/// particular mechanism is written in C#, apart from the MOCR's own sheet (<see cref="IsOffices"/>).
/// </summary>
public sealed record MechanismDefinition(
    string Id,
    int Order,
    LocalizedText Name,
    LocalizedText Plural,
    LocalizedText Abbreviation,
    LocalizedText Mandate,
    LocalizedText LegalBasis,
    MandatoryRule Mandatory,
    PeopleDefinition People,
    ImmutableArray<MechanismQuestion> Indicators,
    ImmutableArray<MechanismQuestion> Duties,
    ImmutableArray<MechanismSection> Sections,
    SourceLocation Location)
{
    /// <summary>The MOCR's definition ("data: offices"): its data is the year's offices.csv, staff.csv and notes.yaml and its sheet is the year's own page.</summary>
    public bool IsOffices { get; init; }

    /// <summary>The id the MOCR has when a dataset defines no mechanism (every data folder made before the series).</summary>
    public const string OfficesId = "mocr";

    public bool Has(MechanismSection section) => Sections.Contains(section);
}

/// <summary>A yes/no question asked of every established mechanism: a functioning indicator or a statutory duty.</summary>
public sealed record MechanismQuestion(string Key, LocalizedText Label, SourceLocation Location);

/// <summary>Who a mechanism's people are (members, the post holder) and whether they are compared with the communities living in the municipality.</summary>
public sealed record PeopleDefinition(LocalizedText Label, bool Representation)
{
    public static readonly PeopleDefinition None = new(LocalizedText.Empty, false);
}

/// <summary>The sections a mechanism's sheet can have, in the order the definition lists them.</summary>
public enum MechanismSection
{
    Establishment,
    Functioning,
    People,
    Representation,
    Duties,
}
