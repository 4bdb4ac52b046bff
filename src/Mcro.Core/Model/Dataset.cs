using System.Collections.Immutable;

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
    /// <summary>
    /// The reference lists ("municipalities.csv", "communities.csv", "tasks.csv") that could not be read in full;
    /// a code missing from one of them may be on a broken row, so it is not reported again as unknown.
    /// </summary>
    public ImmutableHashSet<string> IncompleteLists { get; init; } = ImmutableHashSet<string>.Empty;

    public Municipality? FindMunicipality(string code) => Municipalities.FirstOrDefault(m => m.Code == code);
}
