namespace Mcro.Indicators.Figures;

/// <summary>
/// One figure of the catalogue: its key as the downloads write it ("workPlans.yes", the JSON path of its value), its
/// unit, what it is broken down by, and its words — diff's name for it and, for a headline figure, the text key a
/// reader sees it by.
/// </summary>
/// <param name="Key">The tidy CSV's figure column; the dotted path of its value in indicators.json.</param>
/// <param name="Words">How a report names it ("work plans · yes"); an office's figure is named without "perOffice".</param>
public record Figure(string Key, FigureUnit Unit, FigureBreakdown By, string Words)
{
    /// <summary>The edition text a reader sees the figure by (a headline figure's row); null where no page names it alone.</summary>
    public string? TextKey { get; init; }

    public FigureOutputs Outputs { get; init; } = FigureOutputs.Both;

    /// <summary>The last part of the key: the figure's member name in its JSON object ("yes").</summary>
    public string Name => Key[(Key.LastIndexOf('.') + 1)..];

    /// <summary>The part of the key before its name: the JSON object or list holding it ("workPlans"); "" at the top.</summary>
    public string Group => Key.LastIndexOf('.') is var dot and > 0 ? Key[(Key.LastIndexOf('.', dot - 1) + 1)..dot] : "";

    /// <summary>The member name in indicators.json, where it is not <see cref="Name"/> (an office's answers are one object, "taskAnswers").</summary>
    public string JsonName { get; init; } = Key[(Key.LastIndexOf('.') + 1)..];

    public bool IsCount => Unit is FigureUnit.Offices or FigureUnit.Municipalities or FigureUnit.Staff or FigureUnit.Tasks;
}

/// <summary>A figure and how to read its value from <typeparamref name="TSource"/> (the year's indicators, a task's, an office's, …).</summary>
public sealed record Figure<TSource, TValue>(string Key, FigureUnit Unit, FigureBreakdown By, string Words, Func<TSource, TValue> Read)
    : Figure(Key, Unit, By, Words);
