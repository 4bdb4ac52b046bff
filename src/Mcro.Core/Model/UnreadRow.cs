namespace Mcro.Model;

/// <summary>
/// A row of offices.csv or staff.csv that could not be read whole (a cell was wrong, and was reported): the codes it
/// names are kept so validation still checks them, and every problem of the row is reported in one run, not only the first.
/// </summary>
/// <param name="Municipality">The municipality code, when that cell was read.</param>
/// <param name="Community">The community code (staff.csv), when that cell was read.</param>
public sealed record UnreadRow(SourceRow Source, string? Municipality, string? Community = null);
