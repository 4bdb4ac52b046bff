namespace Mcro.Localization.Cldr;

/// <summary>One language's rules from the pinned CLDR data (locales.json): its own name, plural rules and number formats.</summary>
/// <param name="Name">The language's name for itself ("shqip", "Türkçe").</param>
/// <param name="Plurals">Cardinal rule per category, in CLDR's order; "other" is every number no rule takes.</param>
/// <param name="PercentPattern">Where the number goes and the percent sign around it: "{0}%", "%{0}", "{0} %".</param>
/// <param name="MinimumGroupingDigits">2: "1234" but "12 345" (CLDR minimumGroupingDigits).</param>
public sealed record CldrLocale(
    string Name,
    IReadOnlyList<(string Category, PluralRule Rule)> Plurals,
    string Decimal,
    string Group,
    string Minus,
    int MinimumGroupingDigits,
    string PercentPattern);
