using System.Globalization;
using Mcro.Indicators.Figures;
using Mcro.Localization;

namespace Mcro.Review.Report;

/// <summary>
/// A tidy CSV value as the page shows it, in an edition's number style: a count as a count, a share's change in
/// percentage points rounded as the sheet's change table rounds it (<c>+4,9 p.p.</c>, never <c>0.0487</c>), a mean's
/// change to one decimal. The rounding and the numbers are the sheet's own (ChangeModel, NumberStyle).
/// </summary>
public static class FigureValues
{
    public const string Points = "p.p.";

    /// <param name="displayed">The value is a change as the page shows it (already rounded, a share's in percentage points).</param>
    /// <param name="shownBasis">The value is a number as a change row shows it (already rounded), read per this basis: a share in percent.</param>
    public static string? Shown(string? value, string figureKey, string? basis, NumberStyle numbers, bool displayed = false, string? shownBasis = null)
    {
        if (value is null || !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return value;
        if (displayed && decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var shown))
        {
            return basis switch
            {
                "share" => numbers.Signed(shown, 1) + " " + Points,
                "mean" => numbers.Signed(shown, 1),
                _ => numbers.Signed(shown, 0),
            };
        }
        if (figureKey.StartsWith("change.", StringComparison.Ordinal) && !figureKey.EndsWith(".basis", StringComparison.Ordinal))
        {
            return basis switch
            {
                "share" => Signed(Math.Round(number * 100, 1, MidpointRounding.AwayFromZero), 1, numbers) + " " + Points,
                "mean" => Signed(Math.Round(number, 1, MidpointRounding.AwayFromZero), 1, numbers),
                _ => Signed(number, 0, numbers),
            };
        }
        if (shownBasis is not null && decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var rounded))
            return shownBasis switch
            {
                "share" => numbers.Percentage(rounded, 1),
                "mean" => numbers.Decimal(rounded, 1),
                _ => numbers.Decimal(rounded, 0),
            };
        var unit = FigureCatalog.Find(figureKey)?.Unit;
        if (unit == FigureUnit.Year) return value;
        if (unit == FigureUnit.Mean) return numbers.Decimal(number, 1);
        return number == Math.Floor(number) && Math.Abs(number) < 1e15 ? numbers.Integer((long)number) : numbers.Decimal(number, 1);
    }

    private static string Signed(double value, int decimals, NumberStyle numbers) =>
        (value > 0 ? "+" : "") + numbers.Decimal(value, decimals);
}
