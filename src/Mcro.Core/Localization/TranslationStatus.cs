using Mcro.Diagnostics;
using Mcro.Model;

namespace Mcro.Localization;

/// <summary>One thing a translator still has to do: a text missing, empty, not yet translated, or short of plural forms.</summary>
/// <param name="Kind">missing, empty, untranslated or plural-missing.</param>
public sealed record TranslationFinding(string Language, string Kind, string Key, Diagnostic Problem);

/// <summary>
/// Where each language's i18n file stands against the others': what `mcro i18n status` prints, and what validation
/// refuses (the one comparison both use, so they never disagree). A key any language has is missing from every
/// language without it, whichever language is the default. A text is untranslated when it is, letter for letter, the
/// default language's; language names are each language's own and never count.
/// </summary>
public static class TranslationStatus
{
    public static readonly string[] Kinds = ["missing", "empty", "untranslated", "plural-missing"];

    /// <param name="declared">
    /// The texts the kinds of page declare (DeclaredTexts): one no language has yet is missing in every language too.
    /// Validation leaves them out: it refuses those in its own words ("the page needs this text").
    /// </param>
    public static IReadOnlyList<TranslationFinding> Check(I18nCatalog catalog, DatasetConfig config, IEnumerable<PageText>? declared = null)
    {
        var findings = new List<TranslationFinding>();
        catalog.ByLanguage.TryGetValue(config.DefaultLanguage, out var reference);
        var allKeys = catalog.ByLanguage.Where(p => config.Languages.Contains(p.Key)).SelectMany(p => p.Value.Keys)
            .Concat(declared?.Select(t => t.Key) ?? []).Where(k => !IsLanguageName(k))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var language in config.Languages)
        {
            if (!catalog.ByLanguage.TryGetValue(language, out var texts)) continue;
            void Add(string kind, string key, SourceLocation at, string message) =>
                findings.Add(new TranslationFinding(language, kind, key, new Diagnostic(at, ProblemCode.OfTranslation(kind), message)));

            var file = catalog.FileOf(language, config);
            foreach (var key in allKeys.Where(k => !texts.ContainsKey(k)))
                Add("missing", key, new SourceLocation(file, 1, 1), $"key '{key}' is missing in '{language}' ({WhereIs(catalog, config, key)})");
            foreach (var (key, text) in texts)
            {
                var forms = text.IsPlural ? text.PluralForms.Values.ToList() : [text.Plain!];
                if (forms.Any(f => f.Trim().Length == 0))
                    Add("empty", key, text.Location, $"{language}: text '{key}' is empty");
                else if (language != config.DefaultLanguage && !IsLanguageName(key) && reference is not null
                    && reference.TryGetValue(key, out var original) && SameWords(text, original))
                    Add("untranslated", key, text.Location, $"{language}: text '{key}' is the {config.DefaultLanguage} text, not yet translated");
                if (text.IsPlural)
                {
                    var categories = PluralRules.Categories(language);
                    foreach (var category in categories.Where(c => !text.PluralForms.ContainsKey(c)))
                        Add("plural-missing", key, text.Location, $"{key}: '{language}' needs the plural form '{category}' ({string.Join(", ", categories)})");
                    // A misspelt form ("zreo", "=O") is the form the translator meant, missing: no count ever takes it.
                    foreach (var form in text.PluralForms.Keys)
                        if (PluralForms.Problem(form, language) is { } problem) Add("plural-missing", key, text.Location, $"{key}: {problem}");
                }
            }
        }
        return findings;
    }

    /// <summary>Where a translator finds the text to translate: in the first language (by code) that has it.</summary>
    private static string WhereIs(I18nCatalog catalog, DatasetConfig config, string key) =>
        catalog.ByLanguage.Where(p => config.Languages.Contains(p.Key)).FirstOrDefault(p => p.Value.ContainsKey(key)).Value is { } texts
            ? $"it is in {texts[key].Location}"
            : "a page needs it; no language has it yet";

    private static bool IsLanguageName(string key) => key.StartsWith("language_names.", StringComparison.Ordinal);

    /// <summary>The same words, with a letter in them: "{count}" alone or "02/2010" is the same in every language.</summary>
    private static bool SameWords(I18nText text, I18nText original)
    {
        var mine = text.IsPlural ? string.Join("\n", text.PluralForms.Values) : text.Plain!;
        var theirs = original.IsPlural ? string.Join("\n", original.PluralForms.Values) : original.Plain!;
        return mine == theirs && WithoutPlaceholders(mine).Any(char.IsLetter);
    }

    private static string WithoutPlaceholders(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, "\\{[^}]*\\}", "");
}
