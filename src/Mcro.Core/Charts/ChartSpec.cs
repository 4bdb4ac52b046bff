using System.Collections.Immutable;
using Mcro.Localization;

namespace Mcro.Charts;

/// <summary>The shape of a chart: bars per category, one value per series (women/men, yes/no, …).</summary>
public enum ChartKind
{
    /// <summary>Vertical bars, one series or several side by side.</summary>
    Columns,

    /// <summary>Vertical bars with the series stacked (e.g. women and men per community).</summary>
    StackedColumns,

    /// <summary>Horizontal bars, for long category labels (e.g. the core tasks).</summary>
    Bars,

    /// <summary>Horizontal bars with the series stacked (e.g. performed / not performed / excluded per task).</summary>
    StackedBars,

    /// <summary>A line over time, one point per category (the years), with the series' breaks marked.</summary>
    Line,
}

/// <summary>What a chart's whole-number values stand for, and how they are written.</summary>
public enum ChartValueFormat
{
    /// <summary>Counts: 35.</summary>
    Count,

    /// <summary>Tenths of a percent, on an axis from 0 to 100 %: 857 is "85.7%".</summary>
    PercentTenths,

    /// <summary>Tenths: 54 is "5.4" (a mean).</summary>
    Tenths,
}

/// <summary>A break in a series before category <paramref name="Category"/>, marked with <paramref name="Mark"/> (its note's number).</summary>
public sealed record ChartBreak(int Category, string Mark);

/// <summary>
/// What to draw: everything one chart needs, already localized (the renderer knows nothing of the domain).
/// <see cref="DrawnChart.Of"/> lays it out once; the drawn chart is then written as a file and inline.
/// </summary>
/// <param name="Id">File name stem, e.g. "work-plans" (charts/work-plans.svg).</param>
/// <param name="Language">BCP 47 tag of the edition (sq, sr, sr-Cyrl, en).</param>
/// <param name="Description">One or two sentences a screen reader reads for the chart.</param>
public sealed record ChartSpec(
    string Id,
    string Language,
    ChartKind Kind,
    string Title,
    string Description,
    string CategoryAxisLabel,
    string ValueAxisLabel,
    ImmutableArray<string> Categories,
    ImmutableArray<ChartSeries> Series,
    NumberStyle Numbers)
{
    public ChartValueFormat ValueFormat { get; init; } = ChartValueFormat.Count;

    /// <summary>Where the series breaks (line charts): the figures before and after are not counted out of the same offices.</summary>
    public ImmutableArray<ChartBreak> Breaks { get; init; } = [];

    /// <summary>The value the axis reaches at least (column charts): 8 for "core tasks performed", so 3 never looks full; 0: the largest bar.</summary>
    public int AxisAtLeast { get; init; }

    internal bool Stacked => Kind is ChartKind.StackedColumns or ChartKind.StackedBars;

    /// <summary>A value as the chart writes it, in the edition's number style.</summary>
    internal string Format(int value) => ChartValueText.Format(ValueFormat, Numbers, value);

    /// <summary>The value of series <paramref name="s"/> in category <paramref name="c"/>.</summary>
    internal int Value(int s, int c) => Series[s].Values[c];

    /// <summary>The largest bar: a stack's total when stacked, else the largest single value; 0 for an empty chart.</summary>
    internal int LargestBar()
    {
        int largest = 0;
        for (int c = 0; c < Categories.Length; c++)
        {
            int total = 0;
            for (int s = 0; s < Series.Length; s++)
            {
                total += Value(s, c);
                largest = Math.Max(largest, Value(s, c));
            }
            if (Stacked)
                largest = Math.Max(largest, total);
        }
        return largest;
    }

    /// <summary>
    /// The spec as it is drawn: checked for shape (a bug in the caller otherwise), every text one clean line, the axis
    /// floor not negative and only the breaks that fall between two categories.
    /// </summary>
    internal ChartSpec Checked()
    {
        if (!IsValidId(Id))
            throw new ArgumentException($"Chart id '{Id}' must start with a letter and hold only ASCII letters, digits, '-' and '_'.", nameof(Id));
        foreach (ChartSeries series in Series)
        {
            if (series.Values.Length != Categories.Length)
                throw new ArgumentException($"Chart '{Id}': series '{series.Name}' has {series.Values.Length} values for {Categories.Length} categories.", nameof(Series));
            if (series.Values.Any(v => v < 0))
                throw new ArgumentException($"Chart '{Id}': series '{series.Name}' has a negative count.", nameof(Series));
        }

        return this with
        {
            Title = PlainLine.Of(Title),
            Description = PlainLine.Of(Description),
            CategoryAxisLabel = PlainLine.Of(CategoryAxisLabel),
            ValueAxisLabel = PlainLine.Of(ValueAxisLabel),
            Categories = [.. Categories.Select(PlainLine.Of)],
            Series = [.. Series.Select(s => s with { Name = PlainLine.Of(s.Name) })],
            AxisAtLeast = Math.Max(0, AxisAtLeast),
            Breaks = [.. Breaks.Where(b => b.Category > 0 && b.Category < Categories.Length).Select(b => b with { Mark = PlainLine.Of(b.Mark) })],
        };
    }

    // The id prefixes every id inside the SVG, so it must be a valid XML name and safe in a URL fragment.
    private static bool IsValidId(string id) =>
        id.Length > 0 && char.IsAsciiLetter(id[0]) && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}

/// <summary>One series: a legend name and one value per category.</summary>
public sealed record ChartSeries(string Name, ImmutableArray<int> Values);
