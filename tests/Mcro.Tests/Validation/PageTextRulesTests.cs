namespace Mcro.Tests.Validation;

/// <summary>What a build would refuse in the texts, `mcro validate` refuses first, with the build's own messages.</summary>
public sealed class PageTextRulesTests
{
    [Fact]
    public void A_text_missing_in_every_language_is_refused_in_each()
    {
        using var ws = DataWorkspace.CopyOf();
        var line = LineAfter(ws.Read("i18n/en.yaml"));
        foreach (var language in new[] { "sq", "sr", "en" })
            ws.Write($"i18n/{language}.yaml", string.Join('\n', ws.Read($"i18n/{language}.yaml").Split('\n').Where(l => !l.StartsWith("site.list_and:", StringComparison.Ordinal))));

        Assert.Equal(
            [
                "data/i18n/en.yaml:1:1: text 'site.list_and' is missing in 'en': the page needs this text",
                "data/i18n/sq.yaml:1:1: text 'site.list_and' is missing in 'sq': the page needs this text",
                "data/i18n/sr.yaml:1:1: text 'site.list_and' is missing in 'sr': the page needs this text",
            ],
            ws.Problems());
    }

    [Fact]
    public void A_language_name_missing_everywhere_is_refused_for_the_language_switcher()
    {
        using var ws = DataWorkspace.CopyOf();
        var line = LineAfter(ws.Read("i18n/en.yaml"));
        foreach (var language in new[] { "sq", "sr", "en" })
            ws.Write($"i18n/{language}.yaml", string.Join('\n', ws.Read($"i18n/{language}.yaml").Split('\n').Where(l => !l.StartsWith("language_names.sr_cyrl:", StringComparison.Ordinal))));

        Assert.Equal(["data/i18n/sr.yaml:1:1: text 'language_names.sr_cyrl' is missing in 'sr': the language switcher needs it"], ws.Problems());
    }

    [Fact]
    public void An_unknown_placeholder_is_refused_where_the_text_is_with_the_placeholders_it_can_use()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("i18n/en.yaml", "(MOCR) in {year}", "(MOCR) in {yaer}");

        Assert.Equal(["data/i18n/en.yaml:4:10: sheet.title: unknown placeholder {yaer}; this text can use {year}"], ws.Problems());
    }

    [Fact]
    public void An_unknown_placeholder_in_one_plural_form_is_refused()
    {
        using var ws = DataWorkspace.CopyOf();
        var text = ws.Read("i18n/sr.yaml");
        var line = text.Split('\n').First(l => l.StartsWith("establishment.summary:", StringComparison.Ordinal));
        var few = text.Split('\n').SkipWhile(l => l != line).First(l => l.StartsWith("  few:", StringComparison.Ordinal));
        ws.Replace("i18n/sr.yaml", few, few.Replace("{total}", "{ukupno}", StringComparison.Ordinal));

        var lineNumber = Array.IndexOf(text.Split('\n'), line) + 1;
        Assert.Equal([$"data/i18n/sr.yaml:{lineNumber + 1}:3: establishment.summary: unknown placeholder {{ukupno}}; this text can use {{count}}, {{total}}"], ws.Problems());
    }

    [Fact]
    public void A_plain_text_where_the_page_needs_plural_forms_is_refused()
    {
        using var ws = DataWorkspace.CopyOf();
        var text = ws.Read("i18n/en.yaml");
        var lines = text.Split('\n').ToList();
        var at = lines.FindIndex(l => l.StartsWith("establishment.summary:", StringComparison.Ordinal));
        lines.RemoveRange(at, 3);
        lines.Insert(at, "establishment.summary: \"{count} municipalities (out of {total}) have a MOCR.\"");
        ws.Write("i18n/en.yaml", string.Join('\n', lines));

        Assert.Contains($"data/i18n/en.yaml:{at + 1}:24: text 'establishment.summary' is missing in 'en': the page needs plural forms here (one, other, …)", ws.Problems());
    }

    [Fact]
    public void A_dotted_key_that_names_a_nested_text_again_is_refused_naming_both_lines()
    {
        using var ws = DataWorkspace.CopyOf();
        var line = LineAfter(ws.Read("i18n/en.yaml"));
        ws.Write("i18n/en.yaml", ws.Read("i18n/en.yaml") + "sheet.title: \"Another title in {year}\"\n");

        Assert.Equal([$"data/i18n/en.yaml:{line}:1: 'sheet.title' is written twice: here and on line 4 (a dotted key and a nested key name the same text); keep one"], ws.Problems());
    }

    [Fact]
    public void A_text_inside_a_text_is_refused()
    {
        using var ws = DataWorkspace.CopyOf();
        var line = LineAfter(ws.Read("i18n/en.yaml"));
        foreach (var language in new[] { "sq", "sr", "en" })
            ws.Write($"i18n/{language}.yaml", ws.Read($"i18n/{language}.yaml") + "sheet.title.short: \"MOCR {year}\"\n");

        Assert.Contains($"data/i18n/en.yaml:{line}:20: 'sheet.title.short' puts a text inside the text 'sheet.title' (line 4); a key is either a text or a group of texts, rename one", ws.Problems());
    }

    [Fact]
    public void An_invisible_character_in_a_plural_form_is_refused()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("i18n/sr.yaml", "few: \"{count} kancelarije\"", "few: \"{count} kancel\u200Barije\"");

        Assert.Equal(["data/i18n/sr.yaml:11:25: counts.mocrs.few contains the invisible character U+200B ZERO WIDTH SPACE at character 15 of '{count} kancel\\u200Barije'; delete it"], ws.Problems());
    }

    /// <summary>The line a text appended to this file starts on.</summary>
    private static int LineAfter(string yaml) => yaml.Count(c => c == '\n') + 1;
}
