using System.Reflection;

namespace Mcro.Diagnostics;

/// <summary>
/// Which rule found a problem: the id printed as the "rule" of --format json, in the title of a GitHub annotation and in
/// the step summary. Scripts filter on these strings, so each is spelled once, in this catalogue (the ProblemCode.*.cs
/// files), with what it means; a <see cref="Diagnostic"/> can only be made with one of them.
/// </summary>
public sealed partial class ProblemCode
{
    private ProblemCode(string text, string meaning)
    {
        Text = text;
        Meaning = meaning;
    }

    /// <summary>The code as printed, e.g. "csv-syntax".</summary>
    public string Text { get; }

    /// <summary>What the problem is, in one line (for the documentation's list of codes).</summary>
    public string Meaning { get; }

    public override string ToString() => Text;

    /// <summary>Every code of the catalogue, in the order the catalogue lists them.</summary>
    public static IReadOnlyList<ProblemCode> All =>
        [.. typeof(ProblemCode).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(ProblemCode))
            .OrderBy(f => f.MetadataToken)
            .Select(f => (ProblemCode)f.GetValue(null)!)];

    /// <summary>The code of a finding of `mcro i18n status` (one of TranslationStatus.Kinds): "i18n-" and its kind.</summary>
    public static ProblemCode OfTranslation(string kind) => kind switch
    {
        "missing" => I18nMissing,
        "empty" => I18nEmpty,
        "untranslated" => I18nUntranslated,
        "plural-missing" => I18nPluralMissing,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind of translation finding"),
    };
}
