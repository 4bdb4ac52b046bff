using System.Collections.Immutable;
using Mcro.Localization;

namespace Mcro.Charts;

/// <summary>A <see cref="ChartSpec"/> checked for shape and with every text made one clean line.</summary>
internal sealed record PreparedChart(
    string Id,
    string Language,
    ChartKind Kind,
    string Title,
    string Description,
    string CategoryAxisLabel,
    string ValueAxisLabel,
    ImmutableArray<string> Categories,
    ImmutableArray<string> SeriesNames,
    ImmutableArray<ImmutableArray<int>> Values,
    NumberStyle Numbers)
{
    public ChartValueFormat ValueFormat { get; init; } = ChartValueFormat.Count;

    public ImmutableArray<ChartBreak> Breaks { get; init; } = [];

    public int AxisAtLeast { get; init; }

    /// <summary>A value as the chart writes it, in the edition's number style.</summary>
    public string Format(int value) => ChartValueText.Format(ValueFormat, Numbers, value);

    public bool Stacked => Kind is ChartKind.StackedColumns or ChartKind.StackedBars;

    /// <summary>The value of series <paramref name="s"/> in category <paramref name="c"/>.</summary>
    public int Value(int s, int c) => Values[s][c];

    /// <summary>The largest bar: a stack's total when stacked, else the largest single value; 0 for an empty chart.</summary>
    public int LargestBar()
    {
        int largest = 0;
        for (int c = 0; c < Categories.Length; c++)
        {
            int total = 0;
            for (int s = 0; s < SeriesNames.Length; s++)
            {
                total += Value(s, c);
                largest = Math.Max(largest, Value(s, c));
            }
            if (Stacked)
                largest = Math.Max(largest, total);
        }
        return largest;
    }

    public static PreparedChart From(ChartSpec spec)
    {
        if (!IsValidId(spec.Id))
            throw new ArgumentException($"Chart id '{spec.Id}' must start with a letter and hold only ASCII letters, digits, '-' and '_'.", nameof(spec));
        foreach (ChartSeries series in spec.Series)
        {
            if (series.Values.Length != spec.Categories.Length)
                throw new ArgumentException($"Chart '{spec.Id}': series '{series.Name}' has {series.Values.Length} values for {spec.Categories.Length} categories.", nameof(spec));
            if (series.Values.Any(v => v < 0))
                throw new ArgumentException($"Chart '{spec.Id}': series '{series.Name}' has a negative count.", nameof(spec));
        }

        return new PreparedChart(
            spec.Id,
            spec.Language,
            spec.Kind,
            PlainLine.Of(spec.Title),
            PlainLine.Of(spec.Description),
            PlainLine.Of(spec.CategoryAxisLabel),
            PlainLine.Of(spec.ValueAxisLabel),
            [.. spec.Categories.Select(PlainLine.Of)],
            [.. spec.Series.Select(s => PlainLine.Of(s.Name))],
            [.. spec.Series.Select(s => s.Values)],
            spec.Numbers)
        {
            ValueFormat = spec.ValueFormat,
            AxisAtLeast = Math.Max(0, spec.AxisAtLeast),
            Breaks = [.. spec.Breaks.Where(b => b.Category > 0 && b.Category < spec.Categories.Length).Select(b => b with { Mark = PlainLine.Of(b.Mark) })],
        };
    }

    // The id prefixes every id inside the SVG, so it must be a valid XML name and safe in a URL fragment.
    private static bool IsValidId(string id) =>
        id.Length > 0 && char.IsAsciiLetter(id[0]) && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
