using System.Text;
using Mcro.Tests.Site;
using Mcro.Validation;

namespace Mcro.Tests.Loading;

/// <summary>The same data in Windows-1250, declared, builds the same site byte for byte as in UTF-8.</summary>
public sealed class LegacyEncodingBuildTests
{
    private static readonly string[] DataFiles =
        ["municipalities.csv", "communities.csv", "tasks.csv", "2018/offices.csv", "2018/staff.csv", "2018/notes.yaml", "2019/offices.csv", "2019/staff.csv", "2019/notes.yaml"];

    [Fact]
    public void A_windows_1250_dataset_with_its_declaration_builds_the_same_pages_as_in_utf_8()
    {
        using var utf8 = DataWorkspace.CopyOf(SiteFixture.DataFolder, "site");
        using var legacy = DataWorkspace.CopyOf(SiteFixture.DataFolder, "site");
        // A comment line keeps every other line of config.yaml where it was; the declaration replaces it.
        utf8.Replace("config.yaml", "illustrative: true\n", "illustrative: true\n# no declaration\n");
        legacy.Replace("config.yaml", "illustrative: true\n", "illustrative: true\nencoding: windows-1250\n");
        var windows1250 = CodePagesEncodingProvider.Instance.GetEncoding(1250, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;
        foreach (var file in DataFiles) legacy.WriteBytes(file, windows1250.GetBytes(legacy.Read(file)));
        Assert.Contains((byte)0x9A, File.ReadAllBytes(legacy.PathOf("municipalities.csv"))); // š, as Windows-1250 writes it

        var expected = SiteFixture.Build(Loaded(utf8));
        var actual = SiteFixture.Build(Loaded(legacy));

        Assert.Equal(expected.Files.Select(f => f.Path), actual.Files.Select(f => f.Path));
        Assert.All(expected.Files.Zip(actual.Files), p => Assert.True(p.First.Content.AsSpan().SequenceEqual(p.Second.Content), p.First.Path));
    }

    private static Mcro.Model.Dataset Loaded(DataWorkspace ws)
    {
        var result = DatasetValidator.LoadAndValidate(ws.Root, "site");
        Assert.Empty(result.Problems);
        Assert.Empty(result.Warnings);
        return result.Value!;
    }
}
