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

    /// <summary>
    /// The change in words, with its sign: "+2 compared with 2018", "2 fewer than in 2018", "+5.9 percentage points …".
    /// Its number and direction are those of the difference of the two values as the row prints them
    /// (<see cref="FigureChange.DisplayedDifference"/>), so a reader redoing the subtraction gets it; a change that
    /// rounds away ("8,8%" to "8,8%") is no change.
    /// </summary>
    public static (string Text, string Direction) Words(FigureChange f, TextCatalog text, string previous)
    {
        var at = ("previous", previous);
        var shown = f.DisplayedDifference;
        if (shown == 0) return (text.Text(SheetTexts.Same, at), "same");
        if (f.Basis == ChangeBasis.Count)
        {
            var d = (int)shown;
            return d > 0 ? (text.Plural(SheetTexts.More, d, at), "up") : (text.Plural(SheetTexts.Fewer, -d, at), "down");
        }
        var (up, down) = f.Basis == ChangeBasis.Share ? (SheetTexts.PointsUp, SheetTexts.PointsDown) : (SheetTexts.MeanUp, SheetTexts.MeanDown);
        var value = ("value", FigureFormat.Amount(f, text.Edition));
        return shown > 0 ? (text.Text(up, value, at), "up") : (text.Text(down, value, at), "down");
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
