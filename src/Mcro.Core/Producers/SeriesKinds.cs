namespace Mcro.Producers;

/// <summary>
/// The kinds of page of a mechanism defined from data, as the page description convention names them: the landing page
/// links them by kind and subject (the mechanism's id), whichever producer makes them.
/// </summary>
public static class SeriesKinds
{
    /// <summary>A mechanism's sheet of a year: 2019/sr/cc/index.html.</summary>
    public const string MechanismSheet = "mechanism";

    /// <summary>A mechanism's trends page: trends/sr/cc/index.html.</summary>
    public const string MechanismTrends = "mechanism-trends";
}
