using System.Collections.Immutable;
using Mcro.Diagnostics;
using Mcro.Model;

namespace Mcro.Loading;

/// <summary>Loads i18n/{lang}.yaml: nested keys flattened to "section.key", plural forms kept apart.</summary>
public static class I18nLoader
{
    public static readonly string[] PluralCategories = ["zero", "one", "two", "few", "many", "other"];

    public static I18nCatalog Load(DataFolder folder, IReadOnlyList<string> languages)
    {
        var byLanguage = ImmutableSortedDictionary.CreateBuilder<string, ImmutableSortedDictionary<string, I18nText>>(StringComparer.Ordinal);
        foreach (var language in languages)
        {
            var file = $"i18n/{language}.yaml";
            var texts = ImmutableSortedDictionary.CreateBuilder<string, I18nText>(StringComparer.Ordinal);
            if (folder.ReadYaml(file) is { } root &&
                YamlValues.Mapping(root, file, new SourceLocation(folder.Display(file), 1, 1), folder.Bag) is { } map)
                Flatten(map, "", texts, folder.Bag);
            byLanguage[language] = texts.ToImmutable();
        }
        return new I18nCatalog(byLanguage.ToImmutable());
    }

    private static void Flatten(YamlMapping map, string prefix, ImmutableSortedDictionary<string, I18nText>.Builder texts, DiagnosticBag bag)
    {
        foreach (var (key, value) in map.Entries)
        {
            var path = prefix + key.Value;
            switch (value)
            {
                case YamlScalar s:
                    if (CellReader.Visible(s.Value, s.TextStart, path, bag))
                        texts[path] = new I18nText(s.Value, ImmutableSortedDictionary<string, string>.Empty, s.Location);
                    break;
                case YamlMapping m when IsPluralForms(m):
                    texts[path] = new I18nText(null,
                        m.Entries.ToImmutableSortedDictionary(e => e.Key.Value, e => ((YamlScalar)e.Value).Value, StringComparer.Ordinal),
                        m.Location);
                    if (m["other"] is null)
                        bag.Add(m.Location, "i18n-plural", $"{path}: plural forms need at least 'other'");
                    break;
                case YamlMapping m:
                    Flatten(m, path + ".", texts, bag);
                    break;
                default:
                    bag.Add(value.Location, "yaml-shape", $"{path} must be a text or a mapping of texts, not a list");
                    break;
            }
        }
    }

    private static bool IsPluralForms(YamlMapping map) =>
        map.Entries.Length > 0 && map.Entries.All(e => PluralCategories.Contains(e.Key.Value) && e.Value is YamlScalar);
}
