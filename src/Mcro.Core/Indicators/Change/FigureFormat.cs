using Mcro.Localization;

namespace Mcro.Indicators.Change;

/// <summary>
/// A headline figure's number and its change in one edition, exactly as the sheet's change table and the trends page
/// print them: rounded by <see cref="DisplayRule"/>, written in the edition's <see cref="NumberStyle"/>. Whatever else
/// shows a figure "as the page does" (the review report) calls this rather than formatting on its own.
/// </summary>
public static class FigureFormat
{
    /// <summary>"35", "4,6", "91,2%": a number already rounded as the page shows it, in <paramref name="unit"/>.</summary>
    public static string Number(decimal displayed, DisplayedUnit unit, Edition edition) => unit switch
    {
        DisplayedUnit.Percent => edition.Numbers.Percentage(displayed, DisplayRule.Decimals(unit)),
        _ => edition.Numbers.Decimal(displayed, DisplayRule.Decimals(unit)),
    };

    /// <summary>The figure's number as the page prints it: its count, its mean, or (<paramref name="asShare"/>) its share in percent.</summary>
    public static string Value(HeadlineFigure figure, bool asShare, Edition edition) =>
        Number(figure.Displayed(asShare), figure.ShownAs(asShare), edition);

    /// <summary>
    /// The change's number with its sign ("+2", "+5,9", "-0,2", "0,0"): the difference of the two numbers the page prints,
    /// in counts, percentage points or means (<see cref="FigureChange.Shown"/>). The page writes it in words around this
    /// number: a "+" when up, the number without sign and "fewer"/"lower" when down, "no change" when it is 0.
    /// </summary>
    public static string Change(FigureChange change, Edition edition) =>
        edition.Numbers.Signed(change.DisplayedDifference, DisplayRule.Decimals(change.Shown));

    /// <summary>The change's number without its sign, as the page's words carry it ("0,2 percentage points lower").</summary>
    public static string Amount(FigureChange change, Edition edition) =>
        edition.Numbers.Decimal(Math.Abs(change.DisplayedDifference), DisplayRule.Decimals(change.Shown));
}
