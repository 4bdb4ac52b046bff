using Mcro.Indicators.Change;
using Mcro.Indicators.Figures;

namespace Mcro.Downloads;

/// <summary>
/// The change as tidy rows after the year's own: per headline figure, its change (<see cref="FigureCatalog.ChangeOf"/>:
/// the difference, a count, a share as a fraction, or a mean), that change as the sheet shows it
/// (<see cref="FigureCatalog.DisplayedChangeOf"/>), the two numbers it is the difference of
/// (<see cref="FigureCatalog.DisplayedValuesOf"/>) and its basis (<see cref="FigureCatalog.BasisOf"/>:
/// count, share or mean); none for the first year.
/// </summary>
public static class ChangeRows
{
    public static IEnumerable<IndicatorRow> Of(YearChange? change)
    {
        if (change is null) yield break;
        foreach (var f in change.Figures)
        {
            yield return new(FigureCatalog.ChangeOf(f.Current.Figure), ChangeCodes.Invariant(f.Difference), Task: f.Current.Task);
            yield return new(FigureCatalog.DisplayedChangeOf(f.Current.Figure), ChangeCodes.Invariant((double)f.DisplayedDifference), Task: f.Current.Task);
            yield return new(FigureCatalog.BasisOf(f.Current.Figure), ChangeCodes.Basis(f.Basis), Task: f.Current.Task);
            var (previous, current) = FigureCatalog.DisplayedValuesOf(f.Current.Figure);
            yield return new(previous, ChangeCodes.Invariant((double)f.DisplayedPrevious), Task: f.Current.Task);
            yield return new(current, ChangeCodes.Invariant((double)f.DisplayedCurrent), Task: f.Current.Task);
        }
    }
}
