using Mcro.Build;
using Mcro.Diagnostics;
using Mcro.Localization;

namespace Mcro.Producers;

/// <summary>
/// The build's "texts" step, before any page renders: every text the kinds of page declare, in the file of every
/// language built, as the pages will ask for it. A text missing in one edition stops the build here, with nothing
/// rendered, rather than after every page.
/// </summary>
public static class TextsStep
{
    public static Result<string> Check(BuildContext context, IEnumerable<IPageProducer> producers)
    {
        var dataset = context.Dataset;
        var editions = context.Plan.Editions.ToList();
        var declared = SeriesTexts.NeededBy(DeclaredTexts.Of(producers, editions.Select(e => e.Tag)), dataset);
        var problems = new List<Diagnostic>();
        foreach (var language in editions.Select(e => e.DataLanguage).Distinct(StringComparer.Ordinal))
        {
            dataset.I18n.ByLanguage.TryGetValue(language, out var texts);
            var file = dataset.I18n.FileOf(language, dataset.Config);
            // An edition's name is needed only where CLDR has none, and only in its own language's file.
            foreach (var text in declared.Where(t => !IsEditionName(t) || editions.Any(e => e.NameKey == t.Key && e.DataLanguage == language)))
            {
                var written = texts?.GetValueOrDefault(text.Key);
                if (written is null) problems.Add(DeclaredTextCheck.Missing(file, language, text));
                else problems.AddRange(DeclaredTextCheck.AsWritten(written, language, text, withFallback: true));
            }
        }
        return problems.Count > 0
            ? Result<string>.Failed(DiagnosticOrder.Sort(problems))
            : Result<string>.Ok($"{declared.Count} text(s) in every language built");
    }

    private static bool IsEditionName(PageText text) => text.Key.StartsWith("language_names.", StringComparison.Ordinal);
}
