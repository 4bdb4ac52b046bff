using System.Globalization;
using Mcro.Indicators.Mechanisms;
using Mcro.Localization;
using Mcro.Model;
using Mcro.Model.Mechanisms;
using Mcro.Producers.Figures;
using Mcro.Producers.Mechanism.Views;
using Mcro.Rendering.Views;
using Mcro.Site;

namespace Mcro.Producers.Mechanism;

/// <summary>Turns a mechanism's definition, its year's data and figures into the view model of its sheet in one edition.</summary>
public static class MechanismModel
{
    /// <param name="previous">The figures of the year before with data for this mechanism; null: its first year (no change table).</param>
    /// <param name="leaflet">The printed leaflet's file, beside the sheet, when one is printed; null: no link.</param>
    public static MechanismPage Build(MechanismDefinition definition, MechanismYear data, MechanismFigures figures, MechanismFigures? previous,
        MechanismChartSet charts, TextCatalog text, EditionNames names, DatasetConfig config, string? leaflet = null)
    {
        var edition = text.Edition;
        var year = figures.Year.ToString(CultureInfo.InvariantCulture);
        var abbreviation = names.Of(definition.Abbreviation);
        var sheet = SiteLayout.MechanismSheet(figures.Year, edition, definition.Id);

        // A municipality's notes are numbered in the order the sheet shows them; its row in the list refers to them.
        var sectionNotes = new Dictionary<MechanismSection, List<MechanismNoteView>>();
        var byMunicipality = new Dictionary<string, List<MechanismNoteView>>(StringComparer.Ordinal);
        var numbered = 0;
        foreach (var section in definition.Sections)
        {
            var views = new List<MechanismNoteView>();
            foreach (var note in data.Notes.Where(n => n.Section == section))
            {
                if (note.Municipality is { } code)
                {
                    numbered++;
                    var view = new MechanismNoteView(names.Of(note.Text), edition.Numbers.Integer(numbered), "note-" + numbered.ToString(CultureInfo.InvariantCulture));
                    views.Add(view);
                    if (!byMunicipality.TryGetValue(code, out var own)) byMunicipality[code] = own = [];
                    own.Add(view);
                }
                else views.Add(new MechanismNoteView(names.Of(note.Text), null, null));
            }
            sectionNotes[section] = views;
        }

        var vacantNote = figures.Establishment.Vacant > 0 ? text.Plural(MechanismTexts.VacantLeftOut, figures.Establishment.Vacant) : null;
        Figure FigureOf(FigureChart chart, IEnumerable<string?> notes) => FigureBuilder.Build(chart, text, [.. notes.OfType<string>()]);

        var sections = definition.Sections.Select(section => section switch
        {
            MechanismSection.Establishment => new MechanismSectionView("establishment", text.Text(MechanismTexts.EstablishmentHeading),
                EstablishmentSummary(definition, figures, text, abbreviation), [FigureOf(charts.Establishment, [])], sectionNotes[section])
            {
                Municipalities = List(definition, figures, text, names, sheet, byMunicipality),
            },
            MechanismSection.Functioning => new MechanismSectionView("functioning", text.Text(MechanismTexts.FunctioningHeading), [],
                charts.Functioning is { } chart ? [FigureOf(chart, [vacantNote])] : [], sectionNotes[section]),
            MechanismSection.People => new MechanismSectionView("people", text.Text(MechanismTexts.PeopleHeading),
                [text.Plural(MechanismTexts.PeopleSummary, figures.People.Total, ("label", names.Of(definition.People.Label)),
                    ("women", text.Plural(SharedTexts.WomenCount, figures.People.Women)), ("men", text.Plural(SharedTexts.MenCount, figures.People.Men)))],
                charts.People is { } chart && figures.People.Total > 0 ? [FigureOf(chart, [])] : [], sectionNotes[section]),
            MechanismSection.Representation => new MechanismSectionView("representation", text.Text(MechanismTexts.RepresentationHeading),
                charts.Representation is null ? [text.Text(MechanismTexts.RepresentationNone)] : [],
                charts.Representation is { } chart ? [FigureOf(chart, [])] : [], sectionNotes[section]),
            _ => new MechanismSectionView("duties", text.Text(MechanismTexts.DutiesHeading), [],
                charts.Duties is { } chart
                    ? [FigureOf(chart, [vacantNote, .. data.Exclusions.Where(e => figures.Of(e.Municipality)?.Status == MechanismStatus.Yes).Select(e => names.Of(e.Reason))])]
                    : [],
                sectionNotes[section]),
        }).ToList();

        var mission = MissionNames.Of(config, names);
        return new MechanismPage(
            definition.Id,
            figures.Year,
            text.Text(MechanismTexts.Title, ("name", names.Of(definition.Plural)), ("abbreviation", abbreviation), ("year", year)),
            names.Of(definition.Mandate),
            names.Of(definition.LegalBasis),
            sections,
            text.Text(MechanismTexts.MethodNote, mission),
            text.Text(MechanismTexts.Closing, mission),
            DownloadSentence.Of(text, SharedTexts.DownloadFigures,
                [new FileLink("JSON", SiteLayout.IndicatorsJson, "application/json"), new FileLink("CSV", SiteLayout.IndicatorsCsv, "text/csv")]),
            leaflet is null ? null : DownloadSentence.Of(text, SharedTexts.DownloadLeaflet, [new FileLink("PDF", leaflet, "application/pdf")]))
        {
            Changes = previous is null ? null : MechanismChangeModel.Build(definition, previous, figures, text, names),
        };
    }

    private static List<string> EstablishmentSummary(MechanismDefinition definition, MechanismFigures figures, TextCatalog text, string abbreviation)
    {
        var numbers = text.Edition.Numbers;
        var e = figures.Establishment;
        var summary = new List<string> { text.Plural(MechanismTexts.Established, e.Established, ("abbreviation", abbreviation), ("total", numbers.Integer(e.Municipalities))) };
        if (definition.Mandatory.Where == MandatoryWhere.Threshold)
        {
            var threshold = definition.Mandatory.Threshold;
            summary.Add(text.Plural(MechanismTexts.Mandatory, e.Mandatory, ("established", numbers.Integer(e.EstablishedMandatory)),
                ("threshold", numbers.Decimal(threshold, threshold == decimal.Truncate(threshold) ? 0 : 1))));
        }
        return summary;
    }

    /// <summary>Every municipality in the edition's alphabetical order, linking its profile, with its status and its marks.</summary>
    private static MunicipalityList List(MechanismDefinition definition, MechanismFigures figures, TextCatalog text, EditionNames names, string sheet,
        IReadOnlyDictionary<string, List<MechanismNoteView>> notes)
    {
        var marked = definition.Mandatory.Where == MandatoryWhere.Threshold;
        var (yes, no) = (text.Text(MechanismTexts.MandatoryYes), text.Text(MechanismTexts.MandatoryNo));
        var collation = new EditionCollation(text.Edition);
        var rows = figures.Municipalities
            .Select(m => (m, Name: names.Municipality(m.Municipality)))
            .OrderBy(m => m.Name, collation)
            .Select(r => new MunicipalityRow(
                r.Name,
                SiteLayout.Relative(sheet, SiteLayout.Profile(figures.Year, text.Edition, r.m.Municipality)),
                marked ? (r.m.Mandatory ? yes : no) : null,
                r.m.Status.Code(),
                text.Text(r.m.Status switch
                {
                    MechanismStatus.Yes => MechanismTexts.StatusYes,
                    MechanismStatus.Vacant => MechanismTexts.StatusVacant,
                    MechanismStatus.Dissolved => MechanismTexts.StatusDissolved,
                    _ => MechanismTexts.StatusNo,
                }),
                r.m.Status == MechanismStatus.Yes ? text.Edition.Numbers.Integer(r.m.People) : "–",
                notes.TryGetValue(r.m.Municipality, out var own) ? own : []))
            .ToList();
        return new MunicipalityList(
            text.Text(MechanismTexts.ListCaption, ("year", figures.Year.ToString(CultureInfo.InvariantCulture))),
            text.Text(MechanismTexts.Municipality),
            marked ? text.Text(MechanismTexts.ListMandatory) : null,
            text.Text(MechanismTexts.ListStatus),
            names.Of(definition.People.Label),
            rows);
    }

}
