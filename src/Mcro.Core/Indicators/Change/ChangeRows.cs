namespace Mcro.Indicators.Change;

/// <summary>
/// The change as tidy rows after the year's own: per headline figure, "change.FIGURE" (the difference: a count, a share
/// as a fraction, or a mean) and "change.FIGURE.basis" (count, share or mean); none for the first year.
/// </summary>
public static class ChangeRows
{
    public static IEnumerable<IndicatorRow> Of(YearChange? change)
    {
        if (change is null) yield break;
        foreach (var f in change.Figures)
        {
            yield return new($"change.{f.Current.Figure}", ChangeCodes.Invariant(f.Difference), Task: f.Current.Task);
            yield return new($"change.{f.Current.Figure}.basis", ChangeCodes.Basis(f.Basis), Task: f.Current.Task);
        }
    }
}
