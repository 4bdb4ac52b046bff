using System.Collections.Immutable;
using System.Globalization;
using Mcro.Indicators;
using Mcro.Indicators.Mechanisms;
using Mcro.Localization;
using Mcro.Model;
using Mcro.Producers.Profile.Views;
using Mcro.Rendering.Views;
using Mcro.Site;

namespace Mcro.Producers.Profile;

/// <summary>Turns one municipality's year (and every year in the data) into the view model of its profile in one edition.</summary>
public static class ProfileModel
{
    /// <param name="officeIn">The municipality's MOCR figures in a year, or null when it had none.</param>
    /// <param name="hrefOf">That year's profile in this edition, relative to this one; null when the site does not hold it.</param>
    /// <param name="notesOfYear">The year's notes as this edition writes them (the same for every profile of the sheet).</param>
    /// <param name="mechanismSheet">A mechanism's sheet of the year, relative to the profile; null when the site does not hold it.</param>
    public static ProfilePage Build(Dataset dataset, Municipality municipality, YearIndicators figures, Func<int, OfficeFigures?> officeIn,
        Func<int, string?> hrefOf, TextCatalog text, EditionNames names, IReadOnlyList<string> notesOfYear,
        IReadOnlyDictionary<string, ImmutableSortedDictionary<int, MechanismFigures>> series, Func<string, string?> mechanismSheet)
    {
        var year = figures.Year;
        var data = dataset.Years[year];
        var y = ("year", year.ToString(CultureInfo.InvariantCulture));
        var name = names.Municipality(municipality.Code);
        var nameForms = new[] { ("name", name), ("name_locative", names.MunicipalityLocative(municipality.Code)), y };
        var office = officeIn(year);
        var exclusion = data.ExclusionOf(municipality.Code);

        var (status, summary) = office is not null
            ? ("mocr", text.Text(ProfileTexts.Since, [.. nameForms, ("since", (municipality.MocrSince ?? year).ToString(CultureInfo.InvariantCulture))]))
            : municipality.HasSimilarOfficeIn(year)
                ? ("similar", text.Text(ProfileTexts.SimilarOffice, nameForms))
                : ("none", text.Text(ProfileTexts.NoOffice, nameForms));

        var self = SiteLayout.ProfileFile(year, text.Edition, municipality.Code, "index.html");
        var notes = notesOfYear.Where(n => Mentions(n, municipality, names)).ToList();

        return new ProfilePage(
            municipality.Code,
            year,
            text.Text(ProfileTexts.Title, nameForms),
            name,
            status,
            summary,
            office is null ? null : ProfileOfficeModel.Build(figures, office, exclusion,
                data.Staff.Where(s => s.Municipality == municipality.Code), dataset.Communities, text, names),
            ProfileHistoryModel.Build(municipality, year, [.. dataset.Years.Keys.Where(y => y <= year).Order()], officeIn, hrefOf, text, dataset.Tasks.Length),
            text.Text(ProfileTexts.NotesHeading),
            notes,
            office is null ? null : DownloadSentence.Of(text, ProfileTexts.Download,
            [
                new FileLink("JSON", SiteLayout.ProfileJson, "application/json"),
                new FileLink("CSV", SiteLayout.ProfileCsv, "text/csv"),
            ]),
            new PageLink(text.Text(ProfileTexts.SheetLink, y), SiteLayout.Relative(self, SiteLayout.Sheet(year, text.Edition))))
        {
            Mechanisms = Mechanisms(dataset, municipality, year, series, text, names, mechanismSheet),
        };
    }

    /// <summary>Every mechanism of the series with data that year (<see cref="SeriesOfYear"/>), each as the municipality had it.</summary>
    public static IReadOnlyList<ProfileMechanism> Mechanisms(Dataset dataset, Municipality municipality, int year,
        IReadOnlyDictionary<string, ImmutableSortedDictionary<int, MechanismFigures>> series, TextCatalog text, EditionNames names,
        Func<string, string?> mechanismSheet) =>
    [
        .. SeriesOfYear.Of(dataset, year, series)
            .Select(m => (m.Definition, Figures: m.Figures.Of(municipality.Code), m.Data))
            .Where(m => m.Figures is not null)
            .Select(m => ProfileMechanismModel.Build(m.Definition, m.Figures!, m.Data, dataset.Communities, text, names, mechanismSheet(m.Definition.Id))),
    ];

    /// <summary>
    /// A note of the year's sheet concerns the municipality when it names it, as the edition writes it or after "in"
    /// (notes.yaml does not tie notes to municipalities; their sentences name them).
    /// </summary>
    public static bool Mentions(string note, Municipality municipality, EditionNames names) =>
        note.Contains(names.Municipality(municipality.Code), StringComparison.Ordinal)
        || note.Contains(names.MunicipalityLocative(municipality.Code), StringComparison.Ordinal);
}
