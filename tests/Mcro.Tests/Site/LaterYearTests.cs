using System.Text;
using Mcro.Validation;

namespace Mcro.Tests.Site;

/// <summary>
/// Published figures never change because a later year was added: the sample's 2020 (Zubin Potok's similar office
/// becomes a MOCR) leaves every 2018 and 2019 file as the dataset without 2020 builds it, save the link to 2020.
/// </summary>
public sealed class LaterYearTests() : TempFolderTest("mcro-later-year-")
{
    [Fact]
    public void Adding_2020_with_a_new_mocr_leaves_the_2018_and_2019_files_byte_identical_but_for_the_link_to_2020()
    {
        var sample = Path.Combine(RepositoryRoot.Path, "data");
        var before = Work.PathOf("data");
        FolderCopy.Copy(sample, before);
        Directory.Delete(Path.Combine(before, "2020"), recursive: true);
        // The reference data as it was before 2020: a similar office in Zubin Potok, every year.
        var municipalities = Path.Combine(before, "municipalities.csv");
        File.WriteAllText(municipalities, File.ReadAllText(municipalities).Replace("Zubin Potok,2020,yes,2019", "Zubin Potok,,yes,", StringComparison.Ordinal));

        var with = Build(sample);
        var without = Build(before);

        var earlier = without.Keys.Where(p => p.StartsWith("2018/", StringComparison.Ordinal) || p.StartsWith("2019/", StringComparison.Ordinal)).ToList();
        Assert.Contains("2019/sr/indicators.json", earlier);
        Assert.Contains(with.Keys, p => p.StartsWith("2020/", StringComparison.Ordinal));
        Assert.All(earlier, path => Assert.Equal(without[path], WithoutLinkTo2020(path, with[path])));
        Assert.Equal(without["2019/sr/indicators.json"], with["2019/sr/indicators.json"]);
    }

    private static Dictionary<string, string> Build(string data)
    {
        var loaded = DatasetValidator.LoadAndValidate(data, "data");
        Assert.Empty(loaded.Problems);
        return SiteFixture.Build(loaded.Value!).Files.ToDictionary(f => f.Path, f => Encoding.UTF8.GetString(f.Content), StringComparer.Ordinal);
    }

    /// <summary>The year list of a sheet page is the only place an earlier year names a later one.</summary>
    private static string WithoutLinkTo2020(string path, string content) =>
        path.EndsWith(".html", StringComparison.Ordinal)
            ? string.Join('\n', content.Split('\n').Where(line => !line.Contains("2020/", StringComparison.Ordinal) || !line.Contains(">2020</a>", StringComparison.Ordinal)))
            : content;
}
