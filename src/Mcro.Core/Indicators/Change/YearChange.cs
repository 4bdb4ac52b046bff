using System.Collections.Immutable;

namespace Mcro.Indicators.Change;

/// <summary>A year's headline figures beside those of the year before it in the data.</summary>
public sealed record YearChange(int Year, int PreviousYear, ImmutableArray<FigureChange> Figures)
{
    /// <summary>Whether any figure is compared as a share, because the two years count it out of different offices.</summary>
    public bool ComparesShares => Figures.Any(f => f.Basis == ChangeBasis.Share);

    /// <summary>Whether any figure's base differs between the two years (the sheet then says why).</summary>
    public bool BaseDiffers => Figures.Any(f => f.BaseDiffers);

    /// <summary>The change from <paramref name="previous"/> to <paramref name="current"/>, figure by figure.</summary>
    public static YearChange Between(YearIndicators previous, YearIndicators current)
    {
        var before = HeadlineFigures.Of(previous).ToDictionary(f => f.Key, StringComparer.Ordinal);
        return new YearChange(current.Year, previous.Year,
            [.. HeadlineFigures.Of(current).Where(f => before.ContainsKey(f.Key)).Select(f => new FigureChange(f, before[f.Key]))]);
    }

    /// <summary>Each year's change from the year before it in the data; the first year has none.</summary>
    public static IReadOnlyDictionary<int, YearChange> EveryYear(IReadOnlyDictionary<int, YearIndicators> years)
    {
        var ordered = years.Values.OrderBy(y => y.Year).ToList();
        return ordered.Skip(1).Select((current, i) => Between(ordered[i], current)).ToDictionary(c => c.Year);
    }
}
