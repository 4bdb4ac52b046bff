using System.Collections.Immutable;
using Mcro.Model.Mechanisms;

namespace Mcro.Model;

/// <summary>The whole loaded dataset: shared reference lists, page texts and every year's data.</summary>
public sealed record Dataset(
    string Root,
    DatasetConfig Config,
    ImmutableArray<Municipality> Municipalities,
    ImmutableArray<Community> Communities,
    ImmutableArray<CoreTask> Tasks,
    I18nCatalog I18n,
    ImmutableSortedDictionary<int, YearData> Years)
{
    public Municipality? FindMunicipality(string code) => Municipalities.FirstOrDefault(m => m.Code == code);

    /// <summary>
    /// The series as mechanisms/*.yaml defines it, in its order (the MOCR's definition included); empty for a data folder
    /// without mechanisms/, which is the MOCR alone, as every data folder was before the series.
    /// </summary>
    public ImmutableArray<MechanismDefinition> Mechanisms { get; init; } = [];

    /// <summary>The communities living in each municipality with their shares and years (communities-living.csv); empty when the file is not there.</summary>
    public ImmutableArray<CommunityPresence> CommunitiesLiving { get; init; } = [];

    /// <summary>The mechanisms whose pages mcro builds from their definition: every one but the MOCR (whose sheet is the year's own page).</summary>
    public IEnumerable<MechanismDefinition> DefinedMechanisms => Mechanisms.Where(m => !m.IsOffices);

    public MechanismDefinition? FindMechanism(string id) => Mechanisms.FirstOrDefault(m => m.Id == id);

    /// <summary>The communities living in a municipality in a year, in communities.csv's order of rows as written.</summary>
    public ImmutableArray<CommunityPresence> LivingIn(string municipality, int year) =>
        [.. CommunitiesLiving.Where(c => c.Municipality == municipality && c.HoldsIn(year))];
}
