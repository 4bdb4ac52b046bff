using System.Globalization;

namespace Mcro.Localization;

/// <summary>
/// How one language writes numbers. Fixed here rather than taken from the machine's ICU data,
/// so the same input gives the same bytes on every machine and under every current culture.
/// </summary>
public sealed record NumberStyle(string DecimalSeparator, string GroupSeparator, string PercentPattern)
{
    /// <summary>"85.7%" in English; "85,7 %" in Albanian and Serbian.</summary>
    public static NumberStyle For(string language) => language.Split('-')[0] switch
    {
        "en" => new NumberStyle(".", ",", "{0}%"),
        _ => new NumberStyle(",", ".", "{0}\u00a0%"),
    };

    public string Integer(long value) =>
        value.ToString("#,0", CultureInfo.InvariantCulture).Replace(",", GroupSeparator, StringComparison.Ordinal);

    public string Decimal(double value, int decimals) =>
        value.ToString("#,0." + new string('0', decimals), CultureInfo.InvariantCulture)
            .Replace(",", "\u0001", StringComparison.Ordinal)
            .Replace(".", DecimalSeparator, StringComparison.Ordinal)
            .Replace("\u0001", GroupSeparator, StringComparison.Ordinal);

    public string Percent(double fraction, int decimals = 1) =>
        string.Format(CultureInfo.InvariantCulture, PercentPattern, Decimal(fraction * 100, decimals));
}
