using Mcro.Diagnostics;
using Mcro.Loading;
using Mcro.Localization;

namespace Mcro.Tests.Localization;

/// <summary>
/// The words a careful transliteration gets right or wrong: digraphs that are two letters across a prefix (in|jektor,
/// od|žaliti, also with nj after dž), real digraphs beside them (odžak), and what stays Latin from the keep list in any case.
/// </summary>
public class TransliterationWordListTests
{
    private static readonly string ListFile = Path.Combine(RepositoryRoot.Path, "tests", "Mcro.Tests", "Localization", "transliteration-words.tsv");

    public static TheoryData<string, string> Words()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadAllLines(ListFile).Where(l => l.Length > 0 && !l.StartsWith('#')))
            data.Add(line.Split('\t')[0], line.Split('\t')[1]);
        return data;
    }

    [Fact]
    public void The_list_holds_at_least_forty_words() => Assert.True(Words().Count >= 40, $"{Words().Count} words");

    [Theory]
    [MemberData(nameof(Words))]
    public void Each_word_comes_out_as_its_known_cyrillic_form(string latin, string cyrillic)
    {
        var keep = KeepLatinLoader.Load(new DataFolder(Path.Combine(RepositoryRoot.Path, "data"), "data", new DiagnosticBag()));
        Assert.Equal(cyrillic, SerbianTransliterator.ToCyrillic(latin, keep));
    }
}
