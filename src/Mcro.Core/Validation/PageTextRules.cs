using Mcro.Diagnostics;
using Mcro.Localization;
using Mcro.Model;
using Mcro.Producers;

namespace Mcro.Validation;

/// <summary>
/// The texts the kinds of page declare (<see cref="DeclaredTexts"/>) checked before anything is rendered, with the
/// messages a build would give: missing in every language, plain where plural forms are needed (or the reverse), and a
/// placeholder the page does not fill, in any plural form.
/// </summary>
internal static class PageTextRules
{
    public static void Check(Dataset dataset, IReadOnlyList<string> languages, DiagnosticBag bag)
    {
        var catalog = dataset.I18n;
        var editions = dataset.Config.Editions.Select(Edition.For).ToList();
        foreach (var text in SeriesTexts.NeededBy(DeclaredTexts.For(dataset.Config.Editions), dataset))
        {
            // An edition's name is written in its own language's file only.
            var named = editions.FirstOrDefault(e => e.NameKey == text.Key && e.CldrName is null);
            // A text one language has and another lacks is TextRules' "missing in 'sr' (it is in …)"; here, the ones nobody wrote.
            var nobody = languages.All(l => !Has(catalog, l, text.Key));
            foreach (var language in languages.Where(l => named is null || named.DataLanguage == l))
            {
                if (!catalog.ByLanguage.TryGetValue(language, out var texts)) continue;
                if (!texts.TryGetValue(text.Key, out var written))
                {
                    if (nobody) bag.AddRange([DeclaredTextCheck.Missing(catalog.FileOf(language, dataset.Config), language, text)]);
                    continue;
                }
                bag.AddRange(DeclaredTextCheck.AsWritten(written, language, text));
            }
        }
    }

    private static bool Has(I18nCatalog catalog, string language, string key) =>
        catalog.ByLanguage.TryGetValue(language, out var texts) && texts.ContainsKey(key);
}
