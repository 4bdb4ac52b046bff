namespace Mcro.Indicators.Change;

/// <summary>What is compared between two years: counts, shares of the base (when the bases differ), or means.</summary>
public enum ChangeBasis
{
    Count,
    Share,
    Mean,
}

/// <summary>One headline figure of a year beside the same figure of the year before in the data.</summary>
public sealed record FigureChange(HeadlineFigure Current, HeadlineFigure Previous)
{
    /// <summary>Whether the two years count the figure out of different offices (exclusions, number of MOCRs).</summary>
    public bool BaseDiffers => !Current.SameBaseAs(Previous);

    /// <summary>Counts where the bases are the same; shares where they differ and the figure has one; means as means.</summary>
    public ChangeBasis Basis =>
        Current.Kind == HeadlineKind.Mean ? ChangeBasis.Mean
        : BaseDiffers && Current.Share is not null && Previous.Share is not null ? ChangeBasis.Share
        : ChangeBasis.Count;

    /// <summary>The change in what is compared: a count, a share (as a fraction: 0.05 is 5 percentage points) or a mean.</summary>
    public double Difference => Basis switch
    {
        ChangeBasis.Share => Current.Share!.Value - Previous.Share!.Value,
        ChangeBasis.Mean => Current.Value - Previous.Value,
        _ => Current.Count - Previous.Count,
    };

    /// <summary>What both years' numbers read as on a page: counts, percentages (shares) or means, per <see cref="Basis"/>.</summary>
    public DisplayedUnit Shown => Basis switch
    {
        ChangeBasis.Share => DisplayedUnit.Percent,
        ChangeBasis.Mean => DisplayedUnit.Mean,
        _ => DisplayedUnit.Count,
    };

    public decimal DisplayedCurrent => Current.Displayed(Basis == ChangeBasis.Share);

    public decimal DisplayedPrevious => Previous.Displayed(Basis == ChangeBasis.Share);

    /// <summary>
    /// The change a page shows: the difference of the two numbers as the page prints them (counts, percentage points or
    /// means), not the exact <see cref="Difference"/> rounded, so that a reader redoing 91,2 % → 97,1 % reads +5,9.
    /// </summary>
    public decimal DisplayedDifference => DisplayedCurrent - DisplayedPrevious;

    public int CountDifference => Current.Count - Previous.Count;
}
