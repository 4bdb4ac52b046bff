using System.Collections.Immutable;
using Mcro.Diagnostics;
using Mcro.Localization;
using Mcro.Model;

namespace Mcro.Tests.Localization;

public class TextCatalogTests
{
    private static I18nText Plain(string text) => new(text, ImmutableSortedDictionary<string, string>.Empty, new SourceLocation("data/i18n/x.yaml", 3, 5));

    private static I18nText Forms(params (string Category, string Text)[] forms) =>
        new(null, forms.ToImmutableSortedDictionary(f => f.Category, f => f.Text), new SourceLocation("data/i18n/x.yaml", 7, 3));

    private static I18nCatalog Catalog(string language, params (string Key, I18nText Text)[] texts) =>
        new(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
        [
            KeyValuePair.Create(language, texts.ToImmutableSortedDictionary(t => t.Key, t => t.Text, StringComparer.Ordinal)),
        ]));

    private static readonly PageText Offices = PageText.PluralOf("counts.offices", "count");

    private static readonly PageText Download = PageText.Plain("site.download", "formats");

    private static readonly I18nCatalog Serbian = Catalog("sr",
        ("counts.offices", Forms(("one", "{count} kancelarija"), ("few", "{count} kancelarije"), ("other", "{count} kancelarija"))),
        ("site.download", Plain("Preuzmite podatke ({formats})")),
        ("site.list_and", Plain("i")),
        ("language_names.sr", Plain("Srpski (latinica)")),
        ("language_names.sr_cyrl", Plain("Srpski (ćirilica)")));

    [Theory]
    [InlineData(1, "1 kancelarija")]
    [InlineData(2, "2 kancelarije")]
    [InlineData(4, "4 kancelarije")]
    [InlineData(5, "5 kancelarija")]
    [InlineData(11, "11 kancelarija")]
    [InlineData(21, "21 kancelarija")]
    [InlineData(22, "22 kancelarije")]
    [InlineData(1234, "1.234 kancelarije")]
    [InlineData(1000, "1.000 kancelarija")]
    public void Chooses_the_serbian_plural_form_by_cldr_rules_and_writes_the_count_in_serbian_style(long count, string expected) =>
        Assert.Equal(expected, new TextCatalog(Serbian, Edition.For("sr"), "i18n/sr.yaml").Plural(Offices, count));

    [Fact]
    public void Cyrillic_edition_transliterates_the_text_but_not_the_values_filled_in()
    {
        var text = new TextCatalog(Serbian, Edition.For("sr-Cyrl"), "i18n/sr.yaml");
        Assert.Equal("Преузмите податке (JSON/CSV)", text.Text(Download, ("formats", "JSON/CSV")));
        Assert.Equal("2 канцеларије", text.Plural(Offices, 2));
        Assert.Empty(text.Problems);
    }

    [Fact]
    public void Each_edition_names_itself_in_its_own_script_and_language_names_are_not_transliterated()
    {
        var cyrillic = new TextCatalog(Serbian, Edition.For("sr-Cyrl"), "i18n/sr.yaml");
        Assert.Equal("Српски (ћирилица)", cyrillic.Endonym());
        Assert.Equal("Srpski (latinica)", new TextCatalog(Serbian, Edition.For("sr"), "i18n/sr.yaml").Endonym());
        Assert.Contains(KeyValuePair.Create("language_names.sr", "Srpski (latinica)"), cyrillic.PlainTexts());
    }

    [Fact]
    public void Joins_names_with_commas_and_the_languages_word_for_and()
    {
        var text = new TextCatalog(Serbian, Edition.For("sr"), "i18n/sr.yaml");
        Assert.Equal("Leposavić", text.JoinList(["Leposavić"]));
        Assert.Equal("Leposavić i Zubin Potok", text.JoinList(["Leposavić", "Zubin Potok"]));
        Assert.Equal("Leposavić, Severna Mitrovica i Zubin Potok", text.JoinList(["Leposavić", "Severna Mitrovica", "Zubin Potok"]));
    }

    [Fact]
    public void A_missing_text_or_an_unknown_placeholder_is_a_problem_naming_the_file()
    {
        var text = new TextCatalog(Serbian, Edition.For("sr"), "i18n/sr.yaml");
        text.Text(PageText.Plain("site.nowhere"));
        text.Text(PageText.Plain("site.download", "count"), ("count", "1"));
        Assert.Collection(text.Problems,
            p => Assert.Equal("data/i18n/x.yaml:1:1: text 'site.nowhere' is missing in 'sr': the page needs this text", p.ToString()),
            p => Assert.Equal("data/i18n/x.yaml:3:5: site.download: unknown placeholder {formats}; this text can use {count}", p.ToString()));
    }
}
