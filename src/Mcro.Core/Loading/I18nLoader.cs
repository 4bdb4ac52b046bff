using System.Collections.Immutable;
using Mcro.Diagnostics;
using Mcro.Localization;
using Mcro.Model;

namespace Mcro.Loading;

/// <summary>Loads i18n/{lang}.yaml: nested keys flattened to "section.key", plural forms kept apart.</summary>
public static class I18nLoader
{
    public static I18nCatalog Load(DataFolder folder, IReadOnlyList<string> languages)
    {
        var byLanguage = ImmutableSortedDictionary.CreateBuilder<string, ImmutableSortedDictionary<string, I18nText>>(StringComparer.Ordinal);
        foreach (var language in languages)
        {
            var file = $"i18n/{language}.yaml";
            var texts = ImmutableSortedDictionary.CreateBuilder<string, I18nText>(StringComparer.Ordinal);
            if (folder.ReadYaml(file) is { } root &&
                YamlValues.Mapping(root, file, new SourceLocation(folder.Display(file), 1, 1), folder.Bag) is { } map)
            {
                Flatten(map, "", language, texts, folder.Bag);
                TextsInsideTexts(texts, folder.Bag);
            }
            byLanguage[language] = texts.ToImmutable();
        }
        return new I18nCatalog(byLanguage.ToImmutable());
    }

    private static void Flatten(YamlMapping map, string prefix, string language, ImmutableSortedDictionary<string, I18nText>.Builder texts, DiagnosticBag bag)
    {
        foreach (var (key, value) in map.Entries)
        {
            var path = prefix + key.Value;
            // "site.note:" beside "site: {note: …}" names one text twice; the later would silently win.
            if (texts.TryGetValue(path, out var earlier))
            {
                bag.Add(key.Location, ProblemCode.I18nKeyTwice,
                    $"'{path}' is written twice: here and on line {earlier.Location.Line} (a dotted key and a nested key name the same text); keep one");
                continue;
            }
            switch (value)
            {
                case YamlScalar s:
                    if (CellReader.Visible(s.Value, s.TextStart, path, bag))
                        texts[path] = new I18nText(s.Value, ImmutableSortedDictionary<string, string>.Empty, s.Location);
                    break;
                case YamlMapping m when IsPluralForms(m):
                    foreach (var (form, text) in m.Entries)
                    {
                        CellReader.Visible(((YamlScalar)text).Value, ((YamlScalar)text).TextStart, $"{path}.{form.Value}", bag);
                        if (PluralForms.Problem(form.Value, language) is { } problem)
                            bag.Add(form.Location, ProblemCode.I18nPlural, $"{path}: {problem}");
                    }
                    texts[path] = new I18nText(null,
                        m.Entries.ToImmutableSortedDictionary(e => e.Key.Value, e => ((YamlScalar)e.Value).Value, StringComparer.Ordinal),
                        m.Location);
                    if (m["other"] is null)
                        bag.Add(m.Location, ProblemCode.I18nPlural, $"{path}: plural forms need at least 'other'");
                    break;
                case YamlMapping m:
                    Flatten(m, path + ".", language, texts, bag);
                    break;
                default:
                    bag.Add(value.Location, ProblemCode.YamlShape, $"{path} must be a text or a mapping of texts, not a list");
                    break;
            }
        }
    }

    /// <summary>A text cannot also hold texts: templates read "site.note" and "site.note.short" from one tree, where one hides the other.</summary>
    private static void TextsInsideTexts(ImmutableSortedDictionary<string, I18nText>.Builder texts, DiagnosticBag bag)
    {
        string? previous = null;
        foreach (var key in texts.Keys)
        {
            if (previous is not null && key.StartsWith(previous + ".", StringComparison.Ordinal))
                bag.Add(texts[key].Location, ProblemCode.I18nKeyTwice,
                    $"'{key}' puts a text inside the text '{previous}' (line {texts[previous].Location.Line}); a key is either a text or a group of texts, rename one");
            else previous = key;
        }
    }

    /// <summary>
    /// Texts under one key with a plural form's name among them ("other", "=0"): every other name there is a misspelt
    /// form ("zreo"), refused where it stands, not read as a group of texts nobody asks for.
    /// </summary>
    private static bool IsPluralForms(YamlMapping map) =>
        map.Entries.Length > 0 && map.Entries.All(e => e.Value is YamlScalar) && map.Entries.Any(e => PluralForms.LooksLikeForm(e.Key.Value));
}
