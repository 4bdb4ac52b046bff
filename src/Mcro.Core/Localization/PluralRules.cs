namespace Mcro.Localization;

/// <summary>CLDR cardinal plural rules for whole numbers in the languages mcro publishes.</summary>
public static class PluralRules
{
    /// <summary>The categories a language's texts must provide.</summary>
    public static IReadOnlyList<string> Categories(string language) => BaseLanguage(language) switch
    {
        "sr" or "bs" or "hr" => ["one", "few", "other"],
        _ => ["one", "other"],
    };

    /// <summary>The category of a count: "1 kancelarija", "2 kancelarije", "5 kancelarija".</summary>
    public static string Select(string language, long count)
    {
        var n = Math.Abs(count);
        switch (BaseLanguage(language))
        {
            case "sr" or "bs" or "hr":
                var mod10 = n % 10;
                var mod100 = n % 100;
                if (mod10 == 1 && mod100 != 11) return "one";
                if (mod10 is >= 2 and <= 4 && mod100 is < 12 or > 14) return "few";
                return "other";
            default:
                return n == 1 ? "one" : "other";
        }
    }

    private static string BaseLanguage(string language) => language.Split('-')[0];
}
