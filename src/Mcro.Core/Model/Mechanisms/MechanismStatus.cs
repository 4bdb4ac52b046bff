namespace Mcro.Model.Mechanisms;

/// <summary>A mechanism's state in a municipality in a year: the status column of YEAR/ID/municipalities.csv.</summary>
public enum MechanismStatus
{
    /// <summary>Established and working: its indicators and duties are answered.</summary>
    Yes,

    /// <summary>Established, but the post is vacant or the body not constituted: counted as established, left out of the indicator and duty charts.</summary>
    Vacant,

    /// <summary>Dissolved during the year.</summary>
    Dissolved,

    /// <summary>Not established.</summary>
    No,
}

public static class MechanismStatuses
{
    public static bool IsEstablished(this MechanismStatus status) => status is MechanismStatus.Yes or MechanismStatus.Vacant;

    /// <summary>The word the data writes: "yes", "vacant", "dissolved", "no".</summary>
    public static string Code(this MechanismStatus status) => status switch
    {
        MechanismStatus.Yes => "yes",
        MechanismStatus.Vacant => "vacant",
        MechanismStatus.Dissolved => "dissolved",
        _ => "no",
    };
}
