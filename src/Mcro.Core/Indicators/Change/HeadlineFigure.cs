using System.Collections.Immutable;
using Mcro.Indicators.Figures;

namespace Mcro.Indicators.Change;

/// <summary>How a headline figure reads: a number of offices or staff, or a mean per office.</summary>
public enum HeadlineKind
{
    Count,
    Mean,
}

/// <summary>
/// One headline figure of one year, with what it is counted out of. Two years' figures mean the same thing only when
/// they are counted out of the same offices: the same number of MOCRs, the same base, the same offices left out.
/// </summary>
/// <param name="Figure">The figure, one of <see cref="FigureCatalog.Headlines"/>.</param>
/// <param name="Task">The core task it is about, or "".</param>
/// <param name="Count">The count; for a mean, the sum it is the mean of.</param>
/// <param name="Base">What the count is a share of (the offices assessed, the municipalities); null: no share is meaningful.</param>
/// <param name="Offices">The number of MOCRs behind the figure; null for the number of MOCRs itself.</param>
/// <param name="Excluded">The offices left out of the figure, sorted.</param>
public sealed record HeadlineFigure(Figure Figure, string Task, int Count, int? Base, int? Offices, ImmutableArray<string> Excluded)
{
    /// <summary>A mean where the catalogue says so; every other headline figure is a count.</summary>
    public HeadlineKind Kind => Figure.Unit == FigureUnit.Mean ? HeadlineKind.Mean : HeadlineKind.Count;

    /// <summary>The count as a share of its base, in [0, 1]; null without a base (or an empty one).</summary>
    public double? Share => Kind == HeadlineKind.Count && Base is > 0 ? (double)Count / Base.Value : null;

    /// <summary>The figure as shown: the count, or the mean over the base (0 over no office).</summary>
    public double Value => Kind == HeadlineKind.Mean ? (Base is > 0 ? (double)Count / Base.Value : 0) : Count;

    /// <summary>What the figure's number reads as on a page: a mean, a share in percent (where asked and it has one), or a count.</summary>
    public DisplayedUnit ShownAs(bool asShare) =>
        Kind == HeadlineKind.Mean ? DisplayedUnit.Mean : asShare && Share is not null ? DisplayedUnit.Percent : DisplayedUnit.Count;

    /// <summary>The number a page prints for the figure, rounded as <see cref="DisplayRule"/> says, from the counts themselves.</summary>
    public decimal Displayed(bool asShare) => ShownAs(asShare) switch
    {
        DisplayedUnit.Mean => DisplayRule.Mean(Count, Base ?? 0),
        DisplayedUnit.Percent => DisplayRule.Percent(Count, Base!.Value),
        _ => Count,
    };

    /// <summary>Whether this figure and <paramref name="other"/> (another year's) are counted out of the same offices.</summary>
    public bool SameBaseAs(HeadlineFigure other) =>
        Base == other.Base && Offices == other.Offices && Excluded.SequenceEqual(other.Excluded, StringComparer.Ordinal);

    /// <summary>Identifies the figure across years: its name and task.</summary>
    public string Key => Task.Length == 0 ? Figure.Key : Figure.Key + "/" + Task;
}
