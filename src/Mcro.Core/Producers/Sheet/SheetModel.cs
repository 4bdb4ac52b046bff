using System.Globalization;
using Mcro.Indicators;
using Mcro.Localization;
using Mcro.Model;
using Mcro.Producers.Figures;
using Mcro.Producers.Sheet.Views;
using Mcro.Rendering;
using Mcro.Rendering.Views;
using Mcro.Site;

namespace Mcro.Producers.Sheet;

/// <summary>Turns one year's figures and data into the view model of its sheet in one edition.</summary>
public static class SheetModel
{
    /// <param name="leaflet">The printed leaflet's file, beside the sheet, when one is printed; null: no link.</param>
    public static SheetPage Build(YearData data, YearIndicators figures, SheetChartSet charts,
        TextCatalog text, EditionNames names, DatasetConfig config, string? leaflet = null)
    {
        var mission = MissionNames.Of(config, names);
        var numbers = text.Edition.Numbers;
        var year = ("year", figures.Year.ToString(CultureInfo.InvariantCulture));
        IReadOnlyList<string> NotesOf(string section) =>
            data.Notes.Where(n => n.Section == section).Select(n => names.Of(n.Text)).ToList();
        Figure FigureOf(FigureChart chart, IReadOnlyList<string>? notes = null) => FigureBuilder.Build(chart, text, notes ?? []);

        // The sentence is the language's own; the names come in the form its grammar needs after "in".
        var similar = names.Alphabetical(figures.SimilarOffices);
        var establishment = new EstablishmentSection(
            text.Text(SheetTexts.EstablishmentHeading),
            text.Plural(SheetTexts.EstablishmentSummary, figures.Offices, ("total", numbers.Integer(figures.Municipalities))),
            similar.Count == 0 ? null : Prose.Of(text.Plural(SheetTexts.SimilarOffices, similar.Count,
                ("names", text.JoinList(similar.Select(names.Municipality).ToList())),
                ("names_locative", text.JoinList(similar.Select(names.MunicipalityLocative).ToList())))),
            NotesOf("establishment"));

        var functioning = new FunctioningSection(
            text.Text(SheetTexts.FunctioningHeading),
            [FigureOf(charts.WorkPlans), FigureOf(charts.AnnualReports), FigureOf(charts.GenderByCommunity), FigureOf(charts.StaffByCommunity)],
            NotesOf("functioning"));

        // Exclusion notes go under every chart that shows the gap: the task chart holds every exclusion (its "Excluded"
        // bars), the distribution those left out of every task.
        var performance = new PerformanceSection(
            text.Text(SheetTexts.PerformanceHeading, year),
            text.Text(SheetTexts.MethodNote, mission),
            FigureOf(charts.CoreTasks, data.Exclusions.Select(e => names.Of(e.Reason)).ToList())
                with { Footnote = text.Text(SheetTexts.PerformanceFootnote, mission) },
            FigureOf(charts.TasksPerformed, data.Exclusions.Where(e => figures.TasksPerformed.Excluded.Contains(e.Municipality)).Select(e => names.Of(e.Reason)).ToList()),
            NotesOf("performance"));

        return new SheetPage(
            figures.Year,
            text.Text(SharedTexts.SheetTitle, year),
            text.Plural(SheetTexts.Intro, figures.Offices,
                ("first_year", (figures.FirstEstablished ?? figures.Year).ToString(CultureInfo.InvariantCulture))),
            establishment,
            functioning,
            performance,
            text.Text(SheetTexts.Closing, mission),
            DownloadSentence.Of(text, SharedTexts.DownloadFigures,
                [new FileLink("JSON", SiteLayout.IndicatorsJson, "application/json"), new FileLink("CSV", SiteLayout.IndicatorsCsv, "text/csv")]),
            leaflet is null ? null : DownloadSentence.Of(text, SharedTexts.DownloadLeaflet, [new FileLink("PDF", leaflet, "application/pdf")]));
    }


}
