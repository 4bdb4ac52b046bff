using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Mcro.Diagnostics;
using Mcro.Model;

namespace Mcro.Loading;

/// <summary>Loads config.yaml: languages, title, publisher, whether the data is illustrative, and the data files' encodings.</summary>
public static partial class ConfigLoader
{
    private static readonly string[] Keys = ["illustrative", "languages", "default_language", "cyrillic_edition", "title", "publisher", "mission", "mission_genitive", "draft_languages", "encoding", "encodings", AccessibilityConfig.Key];

    [GeneratedRegex("^[a-z]{2,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguagePattern();

    public static readonly DatasetConfig Fallback = new(false, ["sq", "sr", "en"], "sq", true, LocalizedText.Empty, LocalizedText.Empty, SourceLocation.OfFile("config.yaml"));

    public static DatasetConfig? Load(DataFolder folder)
    {
        const string file = "config.yaml";
        var top = new SourceLocation(folder.Display(file), 1, 1);
        if (folder.ReadYaml(file) is not { } root || YamlValues.Mapping(root, "config.yaml", top, folder.Bag) is not { } map)
            return null;
        var bag = folder.Bag;
        YamlValues.RejectUnknownKeys(map, file, Keys, bag);

        var languages = ImmutableArray.CreateBuilder<string>();
        foreach (var item in YamlValues.Sequence(map["languages"], "languages", bag))
        {
            if (YamlValues.Scalar(item, "a language", item.Location, bag) is not { } code) continue;
            if (!CellReader.Visible(code, item.Location, "languages", bag)) continue;
            if (!LanguagePattern().IsMatch(code))
                bag.Add(item.Location, ProblemCode.ValueDomain, $"languages: '{Printable.Quote(code)}' is not a BCP 47 language code such as sq, sr or en");
            else if (Localization.Cldr.CldrData.Find(code) is null)
                bag.Add(item.Location, ProblemCode.ValueDomain,
                    $"languages: mcro's CLDR data has no rules for '{code}' (plurals, number formats); it knows {string.Join(", ", Localization.Cldr.CldrData.Languages)}");
            else if (languages.Contains(code))
                bag.Add(item.Location, ProblemCode.ValueDuplicate, $"languages: '{code}' is listed twice");
            else languages.Add(code);
        }
        if (languages.Count == 0)
        {
            bag.Add(map["languages"]?.Location ?? top, ProblemCode.ValueMissing, "languages: list at least one language, e.g. [sq, sr, en]");
            return null;
        }

        var defaultLanguage = map["default_language"] is null ? languages[0]
            : YamlValues.Scalar(map["default_language"], "default_language", top, bag);
        if (defaultLanguage is not null && !languages.Contains(defaultLanguage))
        {
            bag.Add(map["default_language"]!.Location, ProblemCode.ValueDomain,
                $"default_language: '{Printable.Quote(defaultLanguage)}' is not one of languages ({string.Join(", ", languages)})");
            defaultLanguage = null;
        }

        var illustrative = YamlValues.Boolean(map["illustrative"], "illustrative", false, bag);
        var cyrillic = YamlValues.Boolean(map["cyrillic_edition"], "cyrillic_edition", languages.Contains("sr"), bag);
        var title = YamlValues.Localized(map["title"], "title", top, bag);
        var publisher = YamlValues.Localized(map["publisher"], "publisher", top, bag);
        var mission = YamlValues.Localized(map["mission"], "mission", top, bag);
        var missionGenitive = YamlValues.Localized(map["mission_genitive"], "mission_genitive", top, bag);
        var drafts = DraftLanguages(map["draft_languages"], languages, bag);
        var encodings = EncodingDeclarations.Load(map, folder);
        var accessibility = AccessibilityConfig.Load(map, bag);
        if (defaultLanguage is null || illustrative is null || cyrillic is null) return null;
        return new DatasetConfig(illustrative.Value, languages.ToImmutable(), defaultLanguage, cyrillic.Value, title, publisher, top)
        {
            Mission = mission,
            MissionGenitive = missionGenitive,
            DraftLanguages = drafts,
            Encodings = encodings,
            Accessibility = accessibility,
        };
    }

    private static ImmutableArray<string> DraftLanguages(YamlNode? node, ImmutableArray<string>.Builder languages, DiagnosticBag bag)
    {
        var drafts = ImmutableArray.CreateBuilder<string>();
        if (node is null) return drafts.ToImmutable();
        foreach (var item in YamlValues.Sequence(node, "draft_languages", bag))
        {
            if (YamlValues.Scalar(item, "a language", item.Location, bag) is not { } code) continue;
            if (!languages.Contains(code))
                bag.Add(item.Location, ProblemCode.ValueDomain, $"draft_languages: '{Printable.Quote(code)}' is not one of languages ({string.Join(", ", languages)})");
            else drafts.Add(code);
        }
        return drafts.ToImmutable();
    }
}
