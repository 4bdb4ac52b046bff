using System.Collections.Immutable;
using Mcro.Indicators.Mechanisms;
using Mcro.Model;
using Mcro.Model.Mechanisms;

namespace Mcro.Producers.Profile;

/// <summary>The mechanisms of the series a profile of a year shows: every one defined from data with data that year, in the series' order (order, then id).</summary>
public static class ProfileSeries
{
    public static IReadOnlyList<(MechanismDefinition Definition, MechanismFigures Figures, MechanismYear Data)> Of(Dataset dataset, int year,
        IReadOnlyDictionary<string, ImmutableSortedDictionary<int, MechanismFigures>> series) =>
    [
        .. dataset.DefinedMechanisms.OrderBy(m => m.Order).ThenBy(m => m.Id, StringComparer.Ordinal)
            .Where(m => series.TryGetValue(m.Id, out var years) && years.ContainsKey(year) && dataset.Years[year].Mechanisms.ContainsKey(m.Id))
            .Select(m => (m, series[m.Id][year], dataset.Years[year].Mechanisms[m.Id])),
    ];
}
