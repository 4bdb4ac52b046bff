using System.Collections.Immutable;

namespace Mcro.Model.Mechanisms;

/// <summary>
/// A mechanism's data in one year (YEAR/ID/): each municipality's row, its people, the duties municipalities are left
/// out of (an <see cref="Exclusion"/> whose tasks are duty keys) and the notes.
/// </summary>
public sealed record MechanismYear(
    string Mechanism,
    int Year,
    ImmutableArray<MechanismReport> Reports,
    ImmutableArray<MechanismPerson> People,
    ImmutableArray<Exclusion> Exclusions,
    ImmutableArray<MechanismNote> Notes,
    MechanismSources Sources)
{
    public Exclusion? ExclusionOf(string municipality) => Exclusions.FirstOrDefault(e => e.Municipality == municipality);

    /// <summary>Rows of municipalities.csv with a problem, kept so validation does not also call the municipality missing.</summary>
    public ImmutableArray<UnreadRow> UnreadReports { get; init; } = [];
}

/// <summary>The year's files of a mechanism as named in messages ("data/2019/cc/municipalities.csv").</summary>
public sealed record MechanismSources(string Municipalities, string People, string Notes);
