namespace Mcro.Indicators.Change;

/// <summary>
/// The rule by which a page rounds a figure: at the precision it prints (counts whole, percentages and means to one
/// decimal), half away from zero, in decimal arithmetic from the counts themselves. Half away from zero because that is
/// how a reader rounds by hand, and how the published sheets did; banker's rounding would print 0,25 as "0,2".
/// A change is then the difference of two rounded values, so a reader who redoes the subtraction gets the same number.
/// </summary>
public static class DisplayRule
{
    /// <summary>The decimals a page prints a number of <paramref name="unit"/> with.</summary>
    public static int Decimals(DisplayedUnit unit) => unit == DisplayedUnit.Count ? 0 : 1;

    /// <summary><paramref name="exact"/> rounded as a page prints a number of <paramref name="unit"/>.</summary>
    public static decimal Round(decimal exact, DisplayedUnit unit) => Math.Round(exact, Decimals(unit), MidpointRounding.AwayFromZero);

    /// <summary>The percentage a page prints for <paramref name="count"/> out of <paramref name="of"/> (0 out of none).</summary>
    public static decimal Percent(int count, int of) => of == 0 ? 0 : Round(100m * count / of, DisplayedUnit.Percent);

    /// <summary>The mean a page prints for <paramref name="sum"/> over <paramref name="of"/> (0 over none).</summary>
    public static decimal Mean(int sum, int of) => of == 0 ? 0 : Round((decimal)sum / of, DisplayedUnit.Mean);
}
