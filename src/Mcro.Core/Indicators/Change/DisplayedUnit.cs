namespace Mcro.Indicators.Change;

/// <summary>What a headline figure's number reads as on a page, which fixes the precision it is printed at.</summary>
public enum DisplayedUnit
{
    /// <summary>A whole number of offices or staff.</summary>
    Count,

    /// <summary>A share in percent, with one decimal ("91,2%"); its changes are percentage points.</summary>
    Percent,

    /// <summary>A mean per office, with one decimal ("4,6").</summary>
    Mean,
}
