using System.Globalization;
using System.Text;
using Mcro.Localization.Cldr;

namespace Mcro.Localization;

/// <summary>
/// How one language writes numbers, from the pinned CLDR data rather than the machine's ICU, so the same input gives the
/// same bytes on every machine and under every current culture. The percent sign is CLDR's too, deliberately: "94,3%"
/// in sq and sr, "94.3%" in en, "%94,3" in tr, "94,3 %" in de (docs/data-format.md). Digits are always 0–9.
/// </summary>
public sealed record NumberStyle(string DecimalSeparator, string GroupSeparator, string PercentPattern, string Minus = "-", int MinimumGroupingDigits = 1)
{
    /// <summary>A language CLDR data lacks writes numbers as English does; validation reports it first.</summary>
    public static NumberStyle For(string language) => CldrData.Find(language) is { } l
        ? new NumberStyle(l.Decimal, l.Group, l.PercentPattern, l.Minus, l.MinimumGroupingDigits)
        : new NumberStyle(".", ",", "{0}%");

    public string Integer(long value) => Decimal(value, 0);

    public string Decimal(double value, int decimals)
    {
        var invariant = Math.Abs(value).ToString("0." + new string('0', decimals), CultureInfo.InvariantCulture).TrimEnd('.');
        var point = invariant.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? invariant : invariant[..point];
        var sb = new StringBuilder();
        if (value < 0 && invariant.Any(c => c is >= '1' and <= '9')) sb.Append(Minus);
        var grouped = whole.Length >= 3 + MinimumGroupingDigits;
        for (var i = 0; i < whole.Length; i++)
        {
            if (grouped && i > 0 && (whole.Length - i) % 3 == 0) sb.Append(GroupSeparator);
            sb.Append(whole[i]);
        }
        if (point >= 0) sb.Append(DecimalSeparator).Append(invariant, point + 1, invariant.Length - point - 1);
        return sb.ToString();
    }

    public string Percent(double fraction, int decimals = 1) =>
        PercentPattern.Replace("{0}", Decimal(fraction * 100, decimals), StringComparison.Ordinal);
}
