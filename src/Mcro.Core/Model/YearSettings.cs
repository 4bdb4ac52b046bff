namespace Mcro.Model;

/// <summary>Whether a year is published or still being filled in: a draft never reaches the public site unless asked for.</summary>
public enum YearStatus
{
    Published,
    Draft,
}

/// <summary>
/// A year's own settings, from its optional year.yaml: for now its status; the place for more of a year's own facts
/// (a publication date, say) when they come.
/// </summary>
public sealed record YearSettings(YearStatus Status)
{
    /// <summary>A year without year.yaml: published.</summary>
    public static readonly YearSettings Published = new(YearStatus.Published);

    public bool IsDraft => Status == YearStatus.Draft;
}
