namespace Mcro.Tests.Localization;

/// <summary>
/// The i18n files' plural forms are checked where they are written, like the CLDR categories: an exact number ("=0")
/// is a form of its own, a name no count of the language can take is refused at its line and column.
/// </summary>
public sealed class ExactPluralFormValidationTests
{
    [Fact]
    public void An_exact_form_beside_the_categories_is_a_plural_form_and_validates_clean()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("i18n/sr.yaml", "  mocrs:\n    one:", "  mocrs:\n    \"=0\": \"nijedna kancelarija\"\n    one:");

        var loaded = ws.Validate();

        Assert.Empty(loaded.Problems);
        var mocrs = loaded.Value!.I18n.ByLanguage["sr"]["counts.mocrs"];
        Assert.True(mocrs.IsPlural);
        Assert.Equal("nijedna kancelarija", mocrs.PluralForms["=0"]);
    }

    [Fact]
    public void A_misspelt_form_beside_the_others_is_refused_where_it_stands_not_read_as_a_group_of_texts()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("i18n/sr.yaml", "  mocrs:\n    one:", "  mocrs:\n    zreo: \"nijedna kancelarija\"\n    one:");

        Assert.Equal(
            ["data/i18n/sr.yaml:10:5: counts.mocrs: unknown plural form 'zreo'; the forms of 'sr' are one, few, other and exact numbers such as =0"],
            ws.Problems());
    }

    [Fact]
    public void A_cldr_category_the_language_has_no_rule_for_is_refused_pointing_to_the_exact_form()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("i18n/sr.yaml", "  mocrs:\n    one:", "  mocrs:\n    zero: \"nijedna kancelarija\"\n    one:");

        Assert.Equal(
            ["data/i18n/sr.yaml:10:5: counts.mocrs: 'sr' has no plural category 'zero' in CLDR, so it would never be chosen; the forms of 'sr' are one, few, other and exact numbers such as =0"],
            ws.Problems());
    }

    [Fact]
    public void An_exact_form_that_is_not_a_whole_number_is_refused_at_its_position()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("i18n/sr.yaml", "  mocrs:\n    one:", "  mocrs:\n    \"=nula\": \"nijedna kancelarija\"\n    one:");

        Assert.Equal(
            ["data/i18n/sr.yaml:10:5: counts.mocrs: '=nula' is not an exact number form: write '=' and a whole number in digits, such as =0 or =1"],
            ws.Problems());
    }

    [Fact]
    public void I18n_status_counts_an_exact_form_as_written_and_a_misspelt_one_as_a_form_still_missing()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("i18n/sr.yaml", "  mocrs:\n    one:", "  mocrs:\n    \"=0\": \"nijedna kancelarija\"\n    one:");
        Assert.Equal(0, CliRun.Of("i18n", "status", "--data", ws.Root).ExitCode);

        ws.Replace("i18n/sr.yaml", "\"=0\": \"nijedna", "\"=O\": \"nijedna");
        var status = CliRun.Of("i18n", "status", "--data", ws.Root);

        Assert.Equal(1, status.ExitCode);
        Assert.Contains($"{ws.PathOf("i18n/sr.yaml")}:10:5: counts.mocrs: '=O' is not an exact number form: write '=' and a whole number in digits, such as =0 or =1", status.OutputLines);
        Assert.Contains("sr: 0 missing, 0 empty, 0 untranslated, 1 plural forms missing", status.OutputLines);
    }
}
