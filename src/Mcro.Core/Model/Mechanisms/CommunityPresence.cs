namespace Mcro.Model.Mechanisms;

/// <summary>
/// A community living in a municipality, with its share of the population, over the years the row holds
/// (communities-living.csv): reference data, like the office history in municipalities.csv.
/// </summary>
public sealed record CommunityPresence(string Municipality, string Community, decimal Share, int? From, int? Until, SourceRow Source)
{
    public bool HoldsIn(int year) => (From is null || From <= year) && (Until is null || year <= Until);
}
