using Mcro.Diagnostics;
using Mcro.Model;

namespace Mcro.Localization;

/// <summary>
/// One declared text against one language's i18n file, with the messages a page would give: plain where plural forms
/// are needed (or the reverse), a placeholder the page does not fill (in any plural form), and, for the build, a plural
/// form the language needs with no "other" to fall back on, or a form name the language lacks ("zero" in sr, "=x").
/// Validation and the build's texts step both ask it.
/// </summary>
public static class DeclaredTextCheck
{
    private static readonly ProblemCode Rule = ProblemCode.I18nText;

    /// <summary>The text missing from the file: where it should be, and who needs it.</summary>
    public static Diagnostic Missing(string file, string language, PageText text) =>
        new(new SourceLocation(file, 1, 1), Rule, $"text '{text.Key}' is missing in '{language}': {Who(text)}");

    /// <summary>What is wrong with the text as written; nothing when it is missing (see <see cref="Missing"/>).</summary>
    /// <param name="withFallback">Also refuse plural forms that leave a count of this language with no form (the build's check).</param>
    public static IEnumerable<Diagnostic> AsWritten(I18nText? written, string language, PageText text, bool withFallback = false)
    {
        if (written is null) yield break;
        if (written.IsPlural != text.Plural)
        {
            yield return new Diagnostic(written.Location, Rule, $"text '{text.Key}' is missing in '{language}': "
                + (text.Plural ? "the page needs plural forms here (one, other, …)" : "the page needs a plain text here, not plural forms"));
            yield break;
        }
        var forms = written.IsPlural ? written.PluralForms.Values : [written.Plain!];
        foreach (var unknown in forms.SelectMany(f => Placeholders.In(f)).Select(p => p.Name).Where(n => !text.Placeholders.Contains(n)).Distinct(StringComparer.Ordinal))
            yield return new Diagnostic(written.Location, Rule, $"{text.Key}: unknown placeholder {{{unknown}}}; this text can use {Placeholders.Describe(text.Placeholders)}");
        // The loader refuses a form name the language lacks where it stands; a dataset built in memory has no loader.
        if (withFallback && written.IsPlural)
        {
            foreach (var form in written.PluralForms.Keys)
                if (PluralForms.Problem(form, language) is { } problem)
                    yield return new Diagnostic(written.Location, Rule, $"{text.Key}: {problem}");
        }
        if (withFallback && written.IsPlural && !written.PluralForms.ContainsKey("other"))
        {
            foreach (var category in PluralRules.Categories(language).Where(c => !written.PluralForms.ContainsKey(c)))
                yield return new Diagnostic(written.Location, Rule, $"text '{text.Key}' is missing in '{language}': no plural form '{category}'");
        }
    }

    private static string Who(PageText text) =>
        text.Key.StartsWith("language_names.", StringComparison.Ordinal) ? "the language switcher needs it" : "the page needs this text";
}
