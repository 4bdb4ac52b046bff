using Mcro.Indicators.Mechanisms;
using Mcro.Localization;
using Mcro.Model;
using Mcro.Producers.Profile;
using Mcro.Producers.Profile.Views;
using Mcro.Site;
using Mcro.Tests.Site;
using Mcro.Validation;

namespace Mcro.Tests.Profile;

/// <summary>The site fixture with Fixtures/profile-series laid over it (two mechanisms, 2019), loaded once; and its site built in memory.</summary>
internal static class ProfileSeriesFixture
{
    private static readonly Lazy<Dataset> LazyDataset = new(() =>
    {
        using var workspace = DataWorkspace.CopyOf("site");
        FolderCopy.Copy(DataWorkspace.FixturePath("profile-series"), workspace.Root);
        var loaded = DatasetValidator.LoadAndValidate(workspace.Root, "data");
        Assert.Empty(loaded.Problems.Select(p => p.ToString()));
        return loaded.Value!;
    });

    private static readonly Lazy<MemorySink> LazyBuilt = new(() => SiteFixture.Build(Dataset));

    public static Dataset Dataset => LazyDataset.Value;

    public static MemorySink Built => LazyBuilt.Value;

    /// <summary>A municipality's mechanisms of 2019 as its profile in <paramref name="tag"/> shows them, by id; no mechanism sheet in the site.</summary>
    public static IReadOnlyDictionary<string, ProfileMechanism> Mechanisms(string municipality, string tag = "sr", int year = 2019)
    {
        var edition = Edition.For(tag);
        var text = new TextCatalog(Dataset.I18n, edition, $"i18n/{edition.DataLanguage}.yaml");
        var shown = ProfileModel.Mechanisms(Dataset, Dataset.Municipalities.Single(m => m.Code == municipality), year,
            MechanismCalculator.Series(Dataset), text, new EditionNames(Dataset, edition), _ => null);
        Assert.Empty(text.Problems);
        return shown.ToDictionary(m => m.Id);
    }
}
