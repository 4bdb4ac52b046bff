using System.Globalization;
using Mcro.Localization.Cldr;

namespace Mcro.Localization;

/// <summary>
/// The forms a plural text may be written in: its language's CLDR categories ("one", "few", "other"), and exact
/// numbers as ICU writes them ("=0", "=1"). CLDR gives these languages no category for 0, yet "0 OKZP obavilo je …"
/// is not how anyone writes: "Nijedna OKZP nije obavila …" needs its own form, chosen before the category.
/// </summary>
public static class PluralForms
{
    /// <summary>Every CLDR category name, in CLDR's order: a mapping with one of them (or an exact form) is a plural text.</summary>
    public static readonly IReadOnlyList<string> CldrCategories = ["zero", "one", "two", "few", "many", "other"];

    /// <summary>The form written for exactly <paramref name="count"/>: "=0".</summary>
    public static string Exact(long count) => "=" + count.ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether a key of a mapping means to be a plural form: a CLDR category name, or anything starting with '='.</summary>
    public static bool LooksLikeForm(string name) => name.StartsWith('=') || CldrCategories.Contains(name);

    /// <summary>
    /// What is wrong with a form name in a language's text, or null: '=' and a whole number in plain digits ("=0", not
    /// "=00", "=-1" or "= 0"), or a CLDR category the language has. A category CLDR gives the language no rule for
    /// ("zero" in sr) is never chosen, so writing it is a mistake that would silently never show.
    /// </summary>
    public static string? Problem(string name, string language)
    {
        if (name.StartsWith('='))
            return IsExact(name, out _) ? null
                : $"'{name}' is not an exact number form: write '=' and a whole number in digits, such as =0 or =1";
        var categories = PluralRules.Categories(language);
        if (categories.Contains(name)) return null;
        var known = CldrData.Find(language) is not null;
        if (!CldrCategories.Contains(name))
            return $"unknown plural form '{name}'; {Describe(language)}";
        return known ? $"'{language}' has no plural category '{name}' in CLDR, so it would never be chosen; {Describe(language)}" : null;
    }

    /// <summary>The form a count takes among those written: its exact number, else its CLDR category, else "other"; null when none is written.</summary>
    public static string? Choose(IReadOnlyDictionary<string, string> forms, string language, long count)
    {
        if (forms.ContainsKey(Exact(count))) return Exact(count);
        var category = PluralRules.Select(language, count);
        if (forms.ContainsKey(category)) return category;
        return forms.ContainsKey("other") ? "other" : null;
    }

    /// <summary>The exact number a form names ("=0" → 0).</summary>
    public static bool IsExact(string name, out long number)
    {
        number = 0;
        var digits = name.Length > 1 && name[0] == '=' ? name[1..] : "";
        return digits.Length is > 0 and <= 18 && digits.All(char.IsAsciiDigit) && (digits.Length == 1 || digits[0] != '0')
            && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }

    private static string Describe(string language) =>
        $"the forms of '{language}' are {string.Join(", ", PluralRules.Categories(language))} and exact numbers such as =0";
}
