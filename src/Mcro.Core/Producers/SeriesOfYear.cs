using System.Collections.Immutable;
using Mcro.Indicators.Mechanisms;
using Mcro.Model;
using Mcro.Model.Mechanisms;

namespace Mcro.Producers;

/// <summary>
/// The mechanisms of the series (not the MOCR) with data in a year, in the series' order (order, then id), with their
/// figures and data: what a municipality's profile and the index of municipalities show for that year.
/// </summary>
public static class SeriesOfYear
{
    public static IReadOnlyList<(MechanismDefinition Definition, MechanismFigures Figures, MechanismYear Data)> Of(Dataset dataset, int year,
        IReadOnlyDictionary<string, ImmutableSortedDictionary<int, MechanismFigures>> series) =>
    [
        .. dataset.DefinedMechanisms.OrderBy(m => m.Order).ThenBy(m => m.Id, StringComparer.Ordinal)
            .Where(m => series.TryGetValue(m.Id, out var years) && years.ContainsKey(year) && dataset.Years[year].Mechanisms.ContainsKey(m.Id))
            .Select(m => (m, series[m.Id][year], dataset.Years[year].Mechanisms[m.Id])),
    ];
}
