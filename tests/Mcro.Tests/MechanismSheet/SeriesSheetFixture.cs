using Mcro.Model;
using Mcro.Site;
using Mcro.Tests.Site;
using Mcro.Validation;

namespace Mcro.Tests.MechanismSheet;

/// <summary>
/// The site fixture with a mechanism of its own laid over it (Fixtures/series-sheet: an invented mechanism with every
/// section, two years of data, a vacant post, a dissolved one, an exclusion and notes), loaded once and built in memory.
/// </summary>
internal static class SeriesSheetFixture
{
    public const string Id = "clc";

    private static readonly Lazy<Dataset> LazyDataset = new(() => Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "series-sheet")));

    private static readonly Lazy<MemorySink> LazyBuilt = new(() => SiteFixture.Build(Dataset));

    public static Dataset Dataset => LazyDataset.Value;

    public static MemorySink Built => LazyBuilt.Value;

    /// <summary>The site fixture with <paramref name="overlay"/>'s files added, loaded and validated (no problem allowed).</summary>
    public static Dataset Load(string overlay, string? under = null)
    {
        using var folder = new TempFolder("mcro-series-sheet-");
        FolderCopy.Copy(under ?? SiteFixture.DataFolder, folder.Path);
        FolderCopy.Copy(overlay, folder.Path, overwrite: true);
        var loaded = DatasetValidator.LoadAndValidate(folder.Path, "series");
        Assert.Empty(loaded.Problems);
        return loaded.Value!;
    }

    /// <summary>The site built from <paramref name="dataset"/> with <paramref name="drafts"/> marked as draft years.</summary>
    public static MemorySink BuildWithDrafts(Dataset dataset, params int[] drafts)
    {
        var plan = SiteFixture.Plan(dataset) with { Drafts = drafts.ToHashSet() };
        var site = SiteFixture.TryBuild(dataset, plan: plan);
        Assert.Empty(site.Problems);
        return site.Value!;
    }
}
