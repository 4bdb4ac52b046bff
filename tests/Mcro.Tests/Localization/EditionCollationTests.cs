using Mcro.Localization;

namespace Mcro.Tests.Localization;

/// <summary>
/// Names sorted as the edition's language sorts them, by CLDR's collation pinned in mcro (no ICU involved): letters of
/// the alphabet. PinnedCollationTests holds the rest.
/// </summary>
public sealed class EditionCollationTests
{
    private static List<string> Sorted(string edition, params string[] names) =>
        [.. names.OrderBy(n => n, new EditionCollation(Edition.For(edition)))];

    [Fact]
    public void Serbian_latin_puts_c_before_c_caron_before_c_acute_before_d()
    {
        Assert.Equal(["Cerovac", "Čačak", "Ćuprija", "Dobrava", "Đakovica", "Zvečan", "Žabljak"],
            Sorted("sr", "Žabljak", "Đakovica", "Ćuprija", "Dobrava", "Čačak", "Zvečan", "Cerovac"));
    }

    [Fact]
    public void Serbian_cyrillic_sorts_by_the_cyrillic_alphabet()
    {
        // Ђ after Д, Ћ after Т, Ч after Ц, Ш last: the Cyrillic order, not that of the Latin transliteration.
        Assert.Equal(["Дечани", "Ђаковица", "Призрен", "Тетово", "Ћуприја", "Цер", "Чачак", "Шабац"],
            Sorted("sr-Cyrl", "Шабац", "Чачак", "Цер", "Ћуприја", "Тетово", "Призрен", "Ђаковица", "Дечани"));
    }

    [Fact]
    public void Albanian_puts_c_cedilla_after_c_and_e_diaeresis_after_e()
    {
        Assert.Equal(["Cernicë", "Çabrat", "Deçan", "Elez", "Ëndërr", "Ferizaj"],
            Sorted("sq", "Ferizaj", "Ëndërr", "Çabrat", "Elez", "Deçan", "Cernicë"));
    }

    [Fact]
    public void Names_the_collation_holds_equal_keep_one_order()
    {
        var a = Sorted("en", "Junik", "junik", "Junik");
        Assert.Equal(a, Sorted("en", "junik", "Junik", "Junik"));
        Assert.Equal(3, a.Count);
    }
}
