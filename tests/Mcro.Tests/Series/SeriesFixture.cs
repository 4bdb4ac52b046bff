using Mcro.Build;
using Mcro.Indicators;
using Mcro.Model;
using Mcro.Tests.Site;
using Mcro.Site;
using Mcro.Validation;

namespace Mcro.Tests.Series;

/// <summary>The site fixture with the series added (Fixtures/series-landing: the MOCR's definition and an invented mechanism, xc, in 2018 and 2019), loaded and built once.</summary>
internal static class SeriesFixture
{
    private static readonly Lazy<Dataset> LazyDataset = new(() =>
    {
        using var folder = new TempFolder();
        FolderCopy.Copy(DataWorkspace.FixturePath("site"), folder.Path);
        FolderCopy.Copy(DataWorkspace.FixturePath("series-landing"), folder.Path);
        var loaded = DatasetValidator.LoadAndValidate(folder.Path, "site");
        Assert.Empty(loaded.Problems);
        return loaded.Value!;
    });

    private static readonly Lazy<MemorySink> LazyBuilt = new(() => SiteFixture.Build(Dataset));

    public static Dataset Dataset => LazyDataset.Value;

    public static MemorySink Built => LazyBuilt.Value;

    public static BuildContext Context() =>
        new(Dataset, SiteFixture.Plan(Dataset), IndicatorCalculator.ComputeEveryYear(Dataset), SiteFixture.Templates, SiteFixture.Assets);
}
