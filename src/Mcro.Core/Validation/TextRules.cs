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
        PageTextRules.Check(dataset, clean, bag);
        // The comparison `mcro i18n status` prints, so the two never disagree. A language whose file did not load is
        // reported once, for its syntax, not once per key.
        foreach (var finding in TranslationStatus.Check(dataset.I18n, dataset.Config).Where(f => clean.Contains(f.Language)))
        {
            switch (finding.Kind)
            {
                case "missing":
                    bag.Add(finding.Problem.Location, ProblemCode.TextMissing, finding.Problem.Message);
                    break;
                case "plural-missing":
                    bag.Add(finding.Problem.Location, ProblemCode.I18nPlural, finding.Problem.Message);
                    break;
                // A published edition never shows an empty text or the default language's words; a draft language may.
                case "empty" or "untranslated" when !dataset.Config.DraftLanguages.Contains(finding.Language):
                    bag.Add(finding.Problem.Location, finding.Problem.Code,
                        finding.Problem.Message + $" (mark the language as a draft with draft_languages: [{finding.Language}] in config.yaml to build it anyway)");
                    break;
            }
        }
    }

    internal static void Localized(LocalizedText text, string what, SourceLocation at, IReadOnlyList<string> languages, DiagnosticBag bag)
    {
        var missing = languages.Where(l => !text.Has(l)).ToList();
        // A text missing in every language is one omission, reported once.
        if (missing.Count == languages.Count && missing.Count > 1)
        {
            bag.Add(at, ProblemCode.TextMissing, $"{what} is missing; write it in every configured language ({string.Join(", ", languages)})");
            return;
        }
        foreach (var language in missing)
            bag.Add(at, ProblemCode.TextMissing, $"{what} has no '{language}' text; every configured language ({string.Join(", ", languages)}) needs one");
    }
}
