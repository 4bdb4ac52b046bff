using System.Globalization;
using Mcro.Indicators.Change;
using Mcro.Indicators.Figures;
using Mcro.Localization;
using Mcro.Model;
using Mcro.Producers.Sheet.Views;

namespace Mcro.Producers.Sheet;

/// <summary>A sheet's change section in one edition: every headline figure beside the year before, in words and with a sign.</summary>
public static class ChangeModel
{
    public static ChangeSection Build(YearChange change, YearData previous, YearData current, TextCatalog text, EditionNames names)
    {
        var year = change.Year.ToString(CultureInfo.InvariantCulture);
        var before = change.PreviousYear.ToString(CultureInfo.InvariantCulture);
        var rows = change.Figures.Select(f =>
        {
            var share = f.Basis == ChangeBasis.Share;
            var (words, direction) = Words(f, text, before);
            return new ChangeRow(HeadlineLabels.Of(f.Current, text, names), HeadlineLabels.Value(f.Previous, share, text),
                HeadlineLabels.Value(f.Current, share, text), words, direction, share ? text.Text(SheetTexts.ComparedAsShare) : null);
        }).ToList();
        return new ChangeSection(text.Text(SheetTexts.ChangeHeading, ("previous", before)), before, year,
            [text.Text(SheetTexts.ChangeFigure), before, year, text.Text(SheetTexts.ChangeChange)], rows, Notes(change, previous, current, text, names));
    }

    /// <summary>The change in words, with its sign: "+2 compared with 2018", "2 fewer than in 2018", "+5.7 percentage points …".</summary>
    public static (string Text, string Direction) Words(FigureChange f, TextCatalog text, string previous)
    {
        var numbers = text.Edition.Numbers;
        var at = ("previous", previous);
        switch (f.Basis)
        {
            case ChangeBasis.Count:
                var d = f.CountDifference;
                return d == 0 ? (text.Text(SheetTexts.Same, at), "same")
                    : d > 0 ? (text.Plural(SheetTexts.More, d, at), "up")
                    : (text.Plural(SheetTexts.Fewer, -d, at), "down");
            default:
                // Rounded as shown: a change too small to show is no change.
                var (amount, up, down) = f.Basis == ChangeBasis.Share
                    ? (f.Difference * 100, SheetTexts.PointsUp, SheetTexts.PointsDown)
                    : (f.Difference, SheetTexts.MeanUp, SheetTexts.MeanDown);
                var shown = Math.Round(amount, 1, MidpointRounding.AwayFromZero);
                return shown == 0 ? (text.Text(SheetTexts.Same, at), "same")
                    : shown > 0 ? (text.Text(up, ("value", numbers.Decimal(shown, 1)), at), "up")
                    : (text.Text(down, ("value", numbers.Decimal(-shown, 1)), at), "down");
        }
    }

    private static List<string> Notes(YearChange change, YearData previous, YearData current, TextCatalog text, EditionNames names)
    {
        var notes = new List<string>();
        if (!change.BaseDiffers) return notes;
        var year = ("year", change.Year.ToString(CultureInfo.InvariantCulture));
        var before = ("previous", change.PreviousYear.ToString(CultureInfo.InvariantCulture));
        if (change.ComparesShares) notes.Add(text.Text(SheetTexts.SharesNote, before, year));
        if (change.Figures.FirstOrDefault(f => f.Current.Figure == FigureCatalog.Offices) is { } offices && offices.CountDifference != 0)
            notes.Add(text.Text(SheetTexts.OfficesChanged, ("before", text.Edition.Numbers.Integer(offices.Previous.Count)),
                ("after", text.Edition.Numbers.Integer(offices.Current.Count)), before, year));
        notes.Add(ExclusionNote.Of(previous, change.PreviousYear, text, names));
        notes.Add(ExclusionNote.Of(current, change.Year, text, names));
        return notes;
    }
}
