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

    public string Integer(long value) => Decimal((decimal)value, 0);

    /// <summary>
    /// <paramref name="value"/> with <paramref name="decimals"/> decimals, rounded half away from zero in decimal
    /// arithmetic: a double is first read as the 15 significant digits it stands for, so 0.9115 × 100 prints "91,2",
    /// not the "91,1" of its binary expansion 91.149999….
    /// </summary>
    public string Decimal(double value, int decimals) =>
        double.IsFinite(value) && Math.Abs(value) < 1e15 ? Decimal((decimal)value, decimals) : Digits(Math.Abs(value).ToString("F" + decimals, CultureInfo.InvariantCulture), value < 0);

    /// <summary><paramref name="value"/> with <paramref name="decimals"/> decimals, rounded half away from zero (a page's rounding).</summary>
    public string Decimal(decimal value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return Digits(Math.Abs(rounded).ToString("F" + decimals, CultureInfo.InvariantCulture), rounded < 0);
    }

    public string Percent(double fraction, int decimals = 1) =>
        PercentPattern.Replace("{0}", Decimal(fraction * 100, decimals), StringComparison.Ordinal);

    /// <summary>A number already in percent ("91.2" → "91,2%"), as a page prints a share.</summary>
    public string Percentage(decimal percent, int decimals = 1) =>
        PercentPattern.Replace("{0}", Decimal(percent, decimals), StringComparison.Ordinal);

    /// <summary>A change with its sign: "+5,9", "-0,2" (this language's minus), and no sign for no change ("0,0").</summary>
    public string Signed(decimal value, int decimals)
    {
        var digits = Decimal(value, decimals);
        return Math.Round(value, decimals, MidpointRounding.AwayFromZero) > 0 ? "+" + digits : digits;
    }

    /// <summary>Invariant digits ("1234.5") written in this style: grouped, with its separators and minus.</summary>
    private string Digits(string invariant, bool negative)
    {
        var point = invariant.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? invariant : invariant[..point];
        var sb = new StringBuilder();
        if (negative && invariant.Any(c => c is >= '1' and <= '9')) sb.Append(Minus);
        var grouped = whole.Length >= 3 + MinimumGroupingDigits;
        for (var i = 0; i < whole.Length; i++)
        {
            if (grouped && i > 0 && (whole.Length - i) % 3 == 0) sb.Append(GroupSeparator);
            sb.Append(whole[i]);
        }
        if (point >= 0) sb.Append(DecimalSeparator).Append(invariant, point + 1, invariant.Length - point - 1);
        return sb.ToString();
    }
}
