using CsCheck;
using Mcro.Localization;

namespace Mcro.Tests.Localization;

public class SerbianTransliteratorTests
{
    [Theory]
    [InlineData("Opštinske kancelarije za zajednice i povratak", "Општинске канцеларије за заједнице и повратак")]
    [InlineData("Ljubljana, NJEGOŠ, Džep, DŽEP, njiva", "Љубљана, ЊЕГОШ, Џеп, ЏЕП, њива")]
    [InlineData("Đakovica, Gračanica, Štrpce, Leposavić, Žene", "Ђаковица, Грачаница, Штрпце, Лепосавић, Жене")]
    [InlineData("OKZP su osnovani u {count} opština.", "ОКЗП су основани у {count} општина.")]
    public void Transliterates_serbian_latin_with_digraphs_as_single_letters(string latin, string cyrillic) =>
        Assert.Equal(cyrillic, SerbianTransliterator.ToCyrillic(latin));

    [Theory]
    [InlineData("injekcija", "инјекција")]
    [InlineData("konjunkcija", "конјункција")]
    [InlineData("nadživeti", "надживети")]
    [InlineData("podžanr", "поджанр")]
    public void Keeps_two_letters_where_a_prefix_meets_the_root(string latin, string cyrillic) =>
        Assert.Equal(cyrillic, SerbianTransliterator.ToCyrillic(latin));

    [Theory]
    [InlineData("Preuzmite podatke ({formats})", "Преузмите податке ({formats})")]
    [InlineData("podaci (JSON/CSV)", "подаци (JSON/CSV)")]
    [InlineData("Shqip i Wales", "Shqip и Wales")]
    [InlineData("Mamuşa", "Mamuşa")]
    [InlineData("vidi https://example.org/a/b i info@example.org", "види https://example.org/a/b и info@example.org")]
    [InlineData("fajl indicators.json", "фајл indicators.json")]
    [InlineData("poglavlje XIV i II deo", "поглавље XIV и II део")]
    [InlineData("Uredba 02/2010", "Уредба 02/2010")]
    public void Leaves_codes_addresses_foreign_words_and_numerals_in_latin(string latin, string expected) =>
        Assert.Equal(expected, SerbianTransliterator.ToCyrillic(latin));

    [Fact]
    public void Reads_decomposed_letters_as_their_composed_form() =>
        Assert.Equal("Гњилане ч", SerbianTransliterator.ToCyrillic("Gnjilane c\u030C"));

    [Fact]
    public void Serbian_words_come_out_without_a_latin_letter()
    {
        const string alphabet = "abcčćdđefghijklmnoprsštuvzžABCČĆDĐEFGHIJKLMNOPRSŠTUVZŽ";
        Gen.String[Gen.Char[alphabet], 1, 20].Array[1, 6].Select(words => string.Join(" ", words))
            // Words kept in Latin on purpose ("ID", "csv" in any case) are not Serbian words.
            .Where(text => text.Split(' ').All(w => (w.Length < 2 || w.Any(char.IsLower)) && !SerbianTransliterator.KeepLatin.Contains(w)))
            .Sample(text => Assert.DoesNotContain(SerbianTransliterator.ToCyrillic(text), c => char.IsAsciiLetter(c) || "čćđšžČĆĐŠŽ".Contains(c)));
    }
}
