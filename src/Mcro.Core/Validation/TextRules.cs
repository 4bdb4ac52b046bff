using Mcro.Diagnostics;
using Mcro.Localization;
using Mcro.Model;

namespace Mcro.Validation;

/// <summary>Every text a reader sees must exist in every configured language, with the plural forms that language needs.</summary>
internal static class TextRules
{
    public static void Check(ValidationScope scope, DiagnosticBag bag)
    {
        var dataset = scope.Dataset;
        var languages = dataset.Config.Languages;
        var configFile = dataset.Config.Location;
        Localized(dataset.Config.Title, "title", configFile, languages, bag);
        Localized(dataset.Config.Publisher, "publisher", configFile, languages, bag);
        if (!dataset.Config.Mission.ByLanguage.IsEmpty) Localized(dataset.Config.Mission, "mission", configFile, languages, bag);

        foreach (var year in dataset.Years.Values)
        {
            foreach (var exclusion in year.Exclusions)
                Localized(exclusion.Reason, $"reason of the exclusion of '{exclusion.Municipality}'", exclusion.Location, languages, bag);
            foreach (var note in year.Notes)
                Localized(note.Text, "note text", note.Location, languages, bag);
        }
        var clean = languages.Where(l => scope.Clean($"i18n/{l}.yaml")).ToList();
        I18n(dataset.I18n, clean, bag);
        PageTextRules.Check(dataset, clean, bag);
        // A published edition never shows an empty text or the default language's words; a draft language may.
        foreach (var finding in TranslationStatus.Check(dataset.I18n, dataset.Config))
        {
            if (finding.Kind is "empty" or "untranslated" && clean.Contains(finding.Language) && !dataset.Config.DraftLanguages.Contains(finding.Language))
                bag.Add(finding.Problem.Location, finding.Problem.Rule,
                    finding.Problem.Message + $" (mark the language as a draft with draft_languages: [{finding.Language}] in config.yaml to build it anyway)");
        }
    }

    private static void Localized(LocalizedText text, string what, SourceLocation at, IReadOnlyList<string> languages, DiagnosticBag bag)
    {
        var missing = languages.Where(l => !text.Has(l)).ToList();
        // A text missing in every language is one omission, reported once.
        if (missing.Count == languages.Count && missing.Count > 1)
        {
            bag.Add(at, "text-missing", $"{what} is missing; write it in every configured language ({string.Join(", ", languages)})");
            return;
        }
        foreach (var language in missing)
            bag.Add(at, "text-missing", $"{what} has no '{language}' text; every configured language ({string.Join(", ", languages)}) needs one");
    }

    private static void I18n(I18nCatalog catalog, IReadOnlyList<string> languages, DiagnosticBag bag)
    {
        var allKeys = catalog.ByLanguage.Values.SelectMany(t => t.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var language in languages)
        {
            // A language whose file did not load is reported once, for its syntax, not once per key.
            if (!catalog.ByLanguage.TryGetValue(language, out var texts)) continue;
            // Language names are optional: a language added later takes its name from CLDR, so no other file must change.
            foreach (var key in allKeys.Where(k => !texts.ContainsKey(k) && !k.StartsWith("language_names.", StringComparison.Ordinal)))
            {
                var elsewhere = catalog.ByLanguage.First(p => p.Value.ContainsKey(key)).Value[key].Location;
                // An empty file has no text to take its name from; it sits beside the file that has the key.
                var file = texts.Values.FirstOrDefault()?.Location.File ?? SiblingFile(elsewhere.File, language);
                bag.Add(new SourceLocation(file, 1, 1), "text-missing",
                    $"key '{key}' is missing in '{language}' (it is in {elsewhere})");
            }
            foreach (var (key, text) in texts.Where(t => t.Value.IsPlural))
            {
                foreach (var category in PluralRules.Categories(language).Where(c => !text.PluralForms.ContainsKey(c)))
                    bag.Add(text.Location, "i18n-plural", $"{key}: '{language}' needs the plural form '{category}' ({string.Join(", ", PluralRules.Categories(language))})");
            }
        }
    }

    private static string SiblingFile(string file, string language) =>
        file.LastIndexOf('/') is var slash and >= 0 ? $"{file[..(slash + 1)]}{language}.yaml" : $"{language}.yaml";
}
