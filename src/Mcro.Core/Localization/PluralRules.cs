using Mcro.Localization.Cldr;

namespace Mcro.Localization;

/// <summary>CLDR cardinal plural rules, from the pinned CLDR data: any language it holds, with no code of its own.</summary>
public static class PluralRules
{
    /// <summary>The categories a language's texts must provide, in CLDR's order ("one", "few", "other" for sr).</summary>
    public static IReadOnlyList<string> Categories(string language) =>
        [.. (CldrData.Find(language)?.Plurals ?? []).Select(p => p.Category), "other"];

    /// <summary>The category of a count: "1 kancelarija", "2 kancelarije", "5 kancelarija".</summary>
    public static string Select(string language, long count) =>
        CldrData.Find(language)?.Plurals.FirstOrDefault(p => p.Rule.Holds(count)).Category ?? "other";
}
