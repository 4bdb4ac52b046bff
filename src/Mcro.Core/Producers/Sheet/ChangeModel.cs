using System.Globalization;
using Mcro.Indicators.Change;
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
                HeadlineLabels.Value(f.Current, share, text), words, direction, share ? text.Text("change.compared_as_share") : null);
        }).ToList();
        return new ChangeSection(text.Text("change.heading", ("previous", before)), before, year,
            [text.Text("change.figure"), before, year, text.Text("change.change")], rows, Notes(change, previous, current, text, names));
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
                return d == 0 ? (text.Text("change.same", at), "same")
                    : d > 0 ? (text.Plural("change.more", d, at), "up")
                    : (text.Plural("change.fewer", -d, at), "down");
            default:
                // Rounded as shown: a change too small to show is no change.
                var (amount, key) = f.Basis == ChangeBasis.Share ? (f.Difference * 100, "points") : (f.Difference, "mean");
                var shown = Math.Round(amount, 1, MidpointRounding.AwayFromZero);
                return shown == 0 ? (text.Text("change.same", at), "same")
                    : shown > 0 ? (text.Text($"change.{key}_up", ("value", numbers.Decimal(shown, 1)), at), "up")
                    : (text.Text($"change.{key}_down", ("value", numbers.Decimal(-shown, 1)), at), "down");
        }
    }

    private static List<string> Notes(YearChange change, YearData previous, YearData current, TextCatalog text, EditionNames names)
    {
        var notes = new List<string>();
        if (!change.BaseDiffers) return notes;
        var year = ("year", change.Year.ToString(CultureInfo.InvariantCulture));
        var before = ("previous", change.PreviousYear.ToString(CultureInfo.InvariantCulture));
        if (change.ComparesShares) notes.Add(text.Text("change.shares_note", before, year));
        if (change.Figures.FirstOrDefault(f => f.Current.Figure == "offices") is { } offices && offices.CountDifference != 0)
            notes.Add(text.Text("change.offices_changed", ("before", text.Edition.Numbers.Integer(offices.Previous.Count)),
                ("after", text.Edition.Numbers.Integer(offices.Current.Count)), before, year));
        notes.Add(ExclusionNote.Of(previous, change.PreviousYear, text, names));
        notes.Add(ExclusionNote.Of(current, change.Year, text, names));
        return notes;
    }
}
