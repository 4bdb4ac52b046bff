using System.Globalization;
using Mcro.Indicators.Change;
using Mcro.Indicators.Figures;
using Mcro.Localization;

namespace Mcro.Review.Report;

/// <summary>
/// A tidy CSV value as the page shows it, in an edition's number style: a count as a count, a share's change in
/// percentage points (<c>+4,9 p.p.</c>, never <c>0.0487</c>), a mean to one decimal. The precision and the rounding are
/// the page's own (<see cref="DisplayRule"/>); a site written by this mcro gives the change rows' numbers already rounded
/// (the ".displayed" rows), an older site or snapshot only the exact change, rounded here by the same rule.
/// </summary>
public static class FigureValues
{
    public const string Points = "p.p.";

    /// <param name="basis">A change row's basis code (count, share, mean): how its numbers read.</param>
    /// <param name="rounded">The value is a change row's number as the page prints it: a change (a "change." key, a
    /// share's in percentage points) or one of the two values it compares (a share in percent).</param>
    public static string? Shown(string? value, string figureKey, string? basis, NumberStyle numbers, bool rounded = false)
    {
        if (value is null || !decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return value;
        var unit = basis switch { "share" => DisplayedUnit.Percent, "mean" => DisplayedUnit.Mean, _ => DisplayedUnit.Count };
        var decimals = DisplayRule.Decimals(unit);
        var change = figureKey.StartsWith("change.", StringComparison.Ordinal) && !figureKey.EndsWith(".basis", StringComparison.Ordinal);
        if (change)
        {
            // An exact share change is a fraction: in percentage points, rounded as the page would.
            var points = rounded ? number : DisplayRule.Round(unit == DisplayedUnit.Percent ? number * 100 : number, unit);
            return numbers.Signed(points, decimals) + (unit == DisplayedUnit.Percent ? " " + Points : "");
        }
        if (rounded) return unit == DisplayedUnit.Percent ? numbers.Percentage(number, decimals) : numbers.Decimal(number, decimals);
        var catalogued = FigureCatalog.Find(figureKey)?.Unit;
        if (catalogued == FigureUnit.Year) return value;
        if (catalogued == FigureUnit.Mean) return numbers.Decimal(number, 1);
        return number == decimal.Truncate(number) && Math.Abs(number) < 1e15m ? numbers.Integer((long)number) : numbers.Decimal(number, 1);
    }
}
