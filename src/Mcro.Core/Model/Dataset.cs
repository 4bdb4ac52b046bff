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
    public Municipality? FindMunicipality(string code) => Municipalities.FirstOrDefault(m => m.Code == code);
}
