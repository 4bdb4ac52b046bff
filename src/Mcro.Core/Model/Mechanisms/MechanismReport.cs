using System.Collections.Immutable;

namespace Mcro.Model.Mechanisms;

/// <summary>One row of YEAR/ID/municipalities.csv as written: a municipality's mechanism, its status and its answers.</summary>
public sealed record MechanismReport(
    string Municipality,
    MechanismStatus Status,
    ImmutableDictionary<string, Answer> Indicators,
    ImmutableDictionary<string, Answer> Duties,
    SourceRow Source);

/// <summary>One row of YEAR/ID/people.csv: a member or post holder, never a name.</summary>
public sealed record MechanismPerson(string Municipality, string Community, Gender Gender, SourceRow Source);

/// <summary>A note of YEAR/ID/notes.yaml: in a section of the sheet, and a municipality's footnote when it names one.</summary>
public sealed record MechanismNote(MechanismSection Section, string? Municipality, LocalizedText Text, Diagnostics.SourceLocation Location);
