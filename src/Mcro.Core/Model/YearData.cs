using System.Collections.Immutable;
using Mcro.Model.Mechanisms;

namespace Mcro.Model;

/// <summary>Everything monitored in one year: offices' answers, staff, exclusions and notes.</summary>
public sealed record YearData(
    int Year,
    ImmutableArray<OfficeReport> Offices,
    ImmutableArray<StaffMember> Staff,
    ImmutableArray<Exclusion> Exclusions,
    ImmutableArray<SheetNote> Notes,
    YearSources Sources)
{
    /// <summary>The year's own settings (year.yaml): whether it is a draft.</summary>
    public YearSettings Settings { get; init; } = YearSettings.Published;

    /// <summary>The year's data of each mechanism defined from data (YEAR/ID/), by id; a mechanism without a folder this year is not there.</summary>
    public ImmutableSortedDictionary<string, MechanismYear> Mechanisms { get; init; } = ImmutableSortedDictionary<string, MechanismYear>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Rows of offices.csv with a problem, kept for the checks of their other cells.</summary>
    public ImmutableArray<UnreadRow> UnreadOffices { get; init; } = [];

    /// <summary>Rows of staff.csv with a problem, kept for the checks of their other cells.</summary>
    public ImmutableArray<UnreadRow> UnreadStaff { get; init; } = [];

    /// <summary>The office's exclusion this year, if any; validation refuses a second one of an office, so the first is the one.</summary>
    public Exclusion? ExclusionOf(string municipality) => Exclusions.FirstOrDefault(e => e.Municipality == municipality);
}

/// <summary>The year's files as named in messages; OfficesComplete is false when rows of offices.csv could not be read.</summary>
public sealed record YearSources(string Offices, string Staff, string Notes, bool OfficesComplete);
