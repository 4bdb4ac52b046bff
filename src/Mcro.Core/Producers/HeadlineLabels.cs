using Mcro.Indicators.Change;
using Mcro.Indicators.Figures;
using Mcro.Localization;

namespace Mcro.Producers;

/// <summary>A headline figure's name in one edition: the sheets' change section and the trends page call it the same.</summary>
public static class HeadlineLabels
{
    /// <summary>The catalogue's text for the figure; a figure per task is called by the task's name.</summary>
    public static string Of(HeadlineFigure figure, TextCatalog text, EditionNames names) =>
        figure.Figure.By.HasFlag(FigureBreakdown.Task) ? names.Task(figure.Task)
        : figure.Figure.TextKey is { } key ? text.Text(SharedTexts.Named(key))
        : figure.Key;

    /// <summary>The figure's value as a reader sees it: a count, a mean with one decimal, or a share with its count ("85,7 % (30 of 35)"), rounded as <see cref="FigureFormat"/> prints them.</summary>
    public static string Value(HeadlineFigure figure, bool asShare, TextCatalog text)
    {
        var numbers = text.Edition.Numbers;
        var shown = FigureFormat.Value(figure, asShare, text.Edition);
        return figure.ShownAs(asShare) == DisplayedUnit.Percent
            ? text.Text(SharedTexts.ShareValue, ("share", shown), ("count", numbers.Integer(figure.Count)), ("base", numbers.Integer(figure.Base ?? 0)))
            : shown;
    }
}
