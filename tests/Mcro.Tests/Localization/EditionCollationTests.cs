using System.Globalization;
using Mcro.Localization;

namespace Mcro.Tests.Localization;

/// <summary>
/// Names sorted as the edition's language sorts them. The collation is ICU's (the build never runs with invariant
/// globalization: Directory.Build.props), so the test first says plainly when ICU is missing rather than fail on an order,
/// and asserts only what every ICU's CLDR collation for these languages gives: letters of the alphabet, not ICU quirks.
/// </summary>
public sealed class EditionCollationTests
{
    private static List<string> Sorted(string edition, params string[] names) =>
        [.. names.OrderBy(n => n, new EditionCollation(Edition.For(edition)))];

    [Fact]
    public void The_process_has_real_collation_data()
    {
        Assert.False(AppContext.TryGetSwitch("System.Globalization.Invariant", out var invariant) && invariant,
            "invariant globalization: names would sort by code point, not by language");
        Assert.NotEqual(0, CultureInfo.GetCultureInfo("sq").CompareInfo.Compare("Ç", "C", CompareOptions.None));
    }

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
