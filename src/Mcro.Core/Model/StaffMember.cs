namespace Mcro.Model;

/// <summary>One row of staff.csv: a MOCR post, never a name.</summary>
public sealed record StaffMember(string Municipality, Position Position, string Community, Gender Gender, SourceRow Source);
