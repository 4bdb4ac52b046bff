using System.Collections.Immutable;
using Mcro.Diagnostics;
using Mcro.Localization;
using Mcro.Model;

namespace Mcro.Tests.Localization;

/// <summary>
/// A plural text may have a form for an exact number ("=0", as ICU writes it), chosen before the CLDR category: CLDR
/// gives sr, sq and en no category for 0, and "0 OKZP obavilo je više zadataka" is not how anyone writes.
/// </summary>
public class ExactPluralFormTests
{
    private static readonly PageText More = PageText.PluralOf("profile.more", "count");

    private static TextCatalog Catalog(string tag, params (string Form, string Text)[] forms)
    {
        var edition = Edition.For(tag);
        var text = new I18nText(null, forms.ToImmutableSortedDictionary(f => f.Form, f => f.Text, StringComparer.Ordinal),
            new SourceLocation($"data/i18n/{edition.DataLanguage}.yaml", 7, 3));
        var catalog = new I18nCatalog(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
            [KeyValuePair.Create(edition.DataLanguage, ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create(More.Key, text)]))]));
        return new TextCatalog(catalog, edition, $"i18n/{edition.DataLanguage}.yaml");
    }

    private static readonly (string, string)[] Serbian =
    [
        ("=0", "Nijedna OKZP nije obavila više zadataka."),
        ("one", "{count} OKZP obavila je više zadataka."),
        ("few", "{count} OKZP obavile su više zadataka."),
        ("other", "{count} OKZP obavilo je više zadataka."),
    ];

    [Theory]
    [InlineData(0, "Nijedna OKZP nije obavila više zadataka.")]
    [InlineData(1, "1 OKZP obavila je više zadataka.")]
    [InlineData(3, "3 OKZP obavile su više zadataka.")]
    [InlineData(10, "10 OKZP obavilo je više zadataka.")]
    [InlineData(20, "20 OKZP obavilo je više zadataka.")]
    public void The_exact_form_is_chosen_for_its_number_and_the_cldr_category_for_every_other(long count, string expected)
    {
        var text = Catalog("sr", Serbian);
        Assert.Equal(expected, text.Plural(More, count));
        Assert.Empty(text.Problems);
    }

    [Fact]
    public void An_exact_form_wins_over_the_category_its_number_belongs_to_and_only_for_that_number()
    {
        // 1 and 21 are both "one" in sr; "=1" takes 1 alone.
        var text = Catalog("sr", ("=1", "Samo jedna OKZP"), ("one", "{count} OKZP"), ("other", "{count} OKZP"));
        Assert.Equal("Samo jedna OKZP", text.Plural(More, 1));
        Assert.Equal("21 OKZP", text.Plural(More, 21));
    }

    [Fact]
    public void Without_an_exact_form_zero_takes_its_cldr_category_as_before()
    {
        Assert.Equal("0 MOCRs performed more.", Catalog("en", ("one", "{count} MOCR performed more."), ("other", "{count} MOCRs performed more.")).Plural(More, 0));
        Assert.Equal("0 OKZP obavilo je više zadataka.", Catalog("sr", Serbian[1..]).Plural(More, 0));
    }

    [Fact]
    public void The_cyrillic_edition_transliterates_the_zero_form()
    {
        Assert.Equal("Ниједна ОКЗП није обавила више задатака.", Catalog("sr-Cyrl", Serbian).Plural(More, 0));
    }

    [Theory]
    [InlineData("=0", "sr")]
    [InlineData("=1", "en")]
    [InlineData("=12", "sq")]
    [InlineData("one", "sq")]
    [InlineData("few", "sr")]
    [InlineData("other", "en")]
    [InlineData("zero", "lv")]
    [InlineData("one", "xx")]
    public void A_form_the_language_has_or_an_exact_number_is_accepted(string form, string language) =>
        Assert.Null(PluralForms.Problem(form, language));

    [Theory]
    [InlineData("zero", "sr", "'sr' has no plural category 'zero' in CLDR, so it would never be chosen; the forms of 'sr' are one, few, other and exact numbers such as =0")]
    [InlineData("few", "en", "'en' has no plural category 'few' in CLDR, so it would never be chosen; the forms of 'en' are one, other and exact numbers such as =0")]
    [InlineData("zreo", "sq", "unknown plural form 'zreo'; the forms of 'sq' are one, other and exact numbers such as =0")]
    [InlineData("=x", "sr", "'=x' is not an exact number form: write '=' and a whole number in digits, such as =0 or =1")]
    [InlineData("=-1", "sr", "'=-1' is not an exact number form: write '=' and a whole number in digits, such as =0 or =1")]
    [InlineData("= 0", "sr", "'= 0' is not an exact number form: write '=' and a whole number in digits, such as =0 or =1")]
    [InlineData("=00", "sr", "'=00' is not an exact number form: write '=' and a whole number in digits, such as =0 or =1")]
    [InlineData("=", "sr", "'=' is not an exact number form: write '=' and a whole number in digits, such as =0 or =1")]
    public void A_form_name_the_language_cannot_choose_is_refused_saying_which_it_can(string form, string language, string message) =>
        Assert.Equal(message, PluralForms.Problem(form, language));

    [Fact]
    public void The_build_refuses_a_form_name_the_language_lacks_in_a_dataset_that_never_went_through_the_loader()
    {
        var written = new I18nText(null, ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
            [KeyValuePair.Create("zero", "Nijedna"), KeyValuePair.Create("=0", "Nijedna"), KeyValuePair.Create("other", "{count}")]),
            new SourceLocation("data/i18n/sr.yaml", 12, 3));

        Assert.Equal(
            ["data/i18n/sr.yaml:12:3: profile.more: 'sr' has no plural category 'zero' in CLDR, so it would never be chosen; the forms of 'sr' are one, few, other and exact numbers such as =0"],
            DeclaredTextCheck.AsWritten(written, "sr", More, withFallback: true).Select(d => d.ToString()));
    }
}
