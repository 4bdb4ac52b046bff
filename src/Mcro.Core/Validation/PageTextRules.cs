using Mcro.Diagnostics;
using Mcro.Localization;
using Mcro.Model;

namespace Mcro.Validation;

/// <summary>
/// The texts the pages ask for (<see cref="PageTexts"/>) checked before anything is rendered, with the messages a
/// build would give: missing in every language, plain where plural forms are needed (or the reverse), and a
/// placeholder the page does not fill, in any plural form.
/// </summary>
internal static class PageTextRules
{
    public static void Check(Dataset dataset, IReadOnlyList<string> languages, DiagnosticBag bag)
    {
        var catalog = dataset.I18n;
        foreach (var text in PageTexts.For(dataset.Config.Editions))
        {
            var names = PageTexts.All.ContainsKey(text.Key) ? null : dataset.Config.Editions.Select(Edition.For).First(e => e.NameKey == text.Key);
            // A text one language has and another lacks is TextRules' "missing in 'sr' (it is in …)"; here, the ones nobody wrote.
            var nobody = languages.All(l => !Has(catalog, l, text.Key));
            foreach (var language in languages.Where(l => names is null || names.DataLanguage == l))
            {
                if (!catalog.ByLanguage.TryGetValue(language, out var texts)) continue;
                if (!texts.TryGetValue(text.Key, out var written))
                {
                    if (nobody)
                        bag.Add(new SourceLocation(catalog.FileOf(language, dataset.Config), 1, 1), ProblemCode.I18nText,
                            $"text '{text.Key}' is missing in '{language}': {(names is null ? "the page needs this text" : "the language switcher needs it")}");
                    continue;
                }
                if (written.IsPlural != text.Plural)
                {
                    bag.Add(written.Location, ProblemCode.I18nText, $"text '{text.Key}' is missing in '{language}': "
                        + (text.Plural ? "the page needs plural forms here (one, other, …)" : "the page needs a plain text here, not plural forms"));
                    continue;
                }
                var forms = written.IsPlural ? written.PluralForms.Values : [written.Plain!];
                foreach (var unknown in forms.SelectMany(f => Placeholders.In(f)).Select(p => p.Name).Where(n => !text.Placeholders.Contains(n)).Distinct(StringComparer.Ordinal))
                    bag.Add(written.Location, ProblemCode.I18nText, $"{text.Key}: unknown placeholder {{{unknown}}}; this text can use {Placeholders.Describe(text.Placeholders)}");
            }
        }
    }

    private static bool Has(I18nCatalog catalog, string language, string key) =>
        catalog.ByLanguage.TryGetValue(language, out var texts) && texts.ContainsKey(key);
}
