
namespace Mcro.Tests.Validation;

/// <summary>Every text a reader sees exists in every configured language, with the plural forms that language needs.</summary>
public sealed class TextRulesTests
{
    [Fact]
    public void Title_missing_a_language_names_the_language()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("config.yaml", "  sr: \"OKZP – probni list\"\n", "");

        Assert.Equal(
            ["data/config.yaml:1:1: title has no 'sr' text; every configured language (sq, sr, en) needs one"],
            ws.Problems());
    }

    [Fact]
    public void Empty_publisher_text_counts_as_missing()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("config.yaml", "en: \"Test data\"", "en: \"\"");

        Assert.Equal(
            ["data/config.yaml:1:1: publisher has no 'en' text; every configured language (sq, sr, en) needs one"],
            ws.Problems());
    }

    [Fact]
    public void Exclusion_reason_missing_a_language_names_the_office_and_the_language()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2018/notes.yaml", "      en: \"Junik is not included in the assessment because it is mono-ethnic.\"\n", "");

        Assert.Equal(
            ["data/2018/notes.yaml:8:5: reason of the exclusion of 'junik' has no 'en' text; every configured language (sq, sr, en) needs one"],
            ws.Problems());
    }

    [Fact]
    public void Note_text_missing_a_language_names_the_language()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/notes.yaml", "      sq: \"Në Leposaviq vepron një zyrë e ngjashme.\"\n", "");

        Assert.Equal(
            ["data/2019/notes.yaml:3:5: note text has no 'sq' text; every configured language (sq, sr, en) needs one"],
            ws.Problems());
    }

    [Fact]
    public void I18n_key_missing_in_one_language_names_the_key_the_language_and_where_it_is()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("i18n/sr.yaml", "  answer_no: \"Ne\"\n", "");

        Assert.Equal(
            ["data/i18n/sr.yaml:1:1: key 'labels.answer_no' is missing in 'sr' (it is in data/i18n/en.yaml:7:14)"],
            ws.Problems());
    }

    [Fact]
    public void I18n_key_only_one_language_has_is_missing_in_the_others()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("i18n/sq.yaml", "  answer_no: \"Jo\"", "  answer_no: \"Jo\"\n  municipality: \"Komuna\"");

        Assert.Equal(
            [
                "data/i18n/en.yaml:1:1: key 'labels.municipality' is missing in 'en' (it is in data/i18n/sq.yaml:8:17)",
                "data/i18n/sr.yaml:1:1: key 'labels.municipality' is missing in 'sr' (it is in data/i18n/sq.yaml:8:17)",
            ],
            ws.Problems());
    }

    [Fact]
    public void Empty_i18n_file_reports_every_key_in_that_file()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Write("i18n/en.yaml", "# to be translated\n");

        var problems = ws.Problems();
        // language_names.* of languages CLDR names are optional: the switcher falls back to CLDR's name.
        var required = ws.Validate().Value!.I18n.ByLanguage["sq"].Keys.Count(k => !k.StartsWith("language_names.", StringComparison.Ordinal));
        Assert.Equal(required, problems.Count);
        Assert.All(problems, p => Assert.Matches("^data/i18n/en.yaml:1:1: key '[a-z_.]+' is missing in 'en' \\(it is in data/i18n/sq.yaml:[0-9]+:[0-9]+\\)$", p));
        Assert.Contains("data/i18n/en.yaml:1:1: key 'counts.mocrs' is missing in 'en' (it is in data/i18n/sq.yaml:10:5)", problems);
        Assert.Contains("data/i18n/en.yaml:1:1: key 'sheet.title' is missing in 'en' (it is in data/i18n/sq.yaml:4:10)", problems);
    }

    [Fact]
    public void Serbian_plural_without_few_is_refused()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("i18n/sr.yaml", "    few: \"{count} kancelarije\"\n", "");

        Assert.Equal(["data/i18n/sr.yaml:10:5: counts.mocrs: 'sr' needs the plural form 'few' (one, few, other)"], ws.Problems());
    }

    [Fact]
    public void English_plural_without_one_is_refused()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("i18n/en.yaml", "    one: \"{count} MOCR\"\n", "");

        Assert.Equal(["data/i18n/en.yaml:10:5: counts.mocrs: 'en' needs the plural form 'one' (one, other)"], ws.Problems());
    }
}
