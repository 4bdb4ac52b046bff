
namespace Mcro.Tests.Loading;

/// <summary>i18n/{lang}.yaml: nested keys flattened to dotted keys; mappings of plural categories are plural texts.</summary>
public sealed class I18nLoaderTests
{
    [Fact]
    public void Flattens_nested_keys_and_keeps_plural_forms_apart()
    {
        using var ws = DataWorkspace.CopyOf();

        var sr = ws.Validate().Value!.I18n.ByLanguage["sr"];

        Assert.Subset(sr.Keys.ToHashSet(), new HashSet<string> { "counts.mocrs", "labels.answer_no", "labels.answer_yes", "sheet.title", "site.illustrative_label", "intro.paragraph" });
        Assert.Equal("Opštinske kancelarije za zajednice i povratak (OKZP) u {year}.", sr["sheet.title"].Plain);
        Assert.True(sr["counts.mocrs"].IsPlural);
        Assert.Equal("{count} kancelarije", sr["counts.mocrs"].PluralForms["few"]);
        Assert.Equal("data/i18n/sr.yaml:4:10", sr["sheet.title"].Location.ToString());
    }

    [Fact]
    public void Plural_forms_without_other_are_refused()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("i18n/en.yaml", "    other: \"{count} MOCRs\"\n", "");

        Assert.Equal(
            ["data/i18n/en.yaml:10:5: counts.mocrs: plural forms need at least 'other'"],
            ws.Problems());
    }

    [Fact]
    public void Text_that_is_a_list_is_refused()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("i18n/en.yaml", "  answer_no: \"No\"", "  answer_no: [\"No\"]");

        Assert.Equal(
            [
                "data/i18n/en.yaml:7:14: labels.answer_no must be a text or a mapping of texts, not a list",
            ],
            ws.Problems());
    }

    [Fact]
    public void Invisible_character_in_a_text_is_reported()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("i18n/sq.yaml", "answer_no: \"Jo\"", "answer_no: \"J\u00ADo\"");

        Assert.Equal(
            ["data/i18n/sq.yaml:7:16: labels.answer_no contains the invisible character U+00AD SOFT HYPHEN at character 2 of 'J\\u00ADo'; delete it"],
            ws.Problems());
    }
}
