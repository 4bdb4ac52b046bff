using System.Globalization;
using Mcro.Indicators;
using Mcro.Localization;
using Mcro.Model;
using Mcro.Model.Mechanisms;
using Mcro.Producers.MunicipalityIndex.Views;

namespace Mcro.Producers.MunicipalityIndex;

/// <summary>Every municipality's office in every year, as one edition's index shows it.</summary>
public static class MunicipalityIndexModel
{
    /// <param name="years">The years the edition has, oldest first: one column each.</param>
    /// <param name="officeIn">A municipality's MOCR figures in a year (year, code), or null when it had none.</param>
    /// <param name="hrefOf">A municipality's profile of a year (year, code), relative to the index; null when the site does not hold it.</param>
    /// <param name="mechanismsIn">The other mechanisms of the series a municipality had in a year (year, code), in the series' order; none for a MOCR-only dataset.</param>
    public static MunicipalityIndexPage Build(IReadOnlyList<Municipality> municipalities, IReadOnlyList<int> years,
        Func<int, string, OfficeFigures?> officeIn, Func<int, string, string?> hrefOf, TextCatalog text, EditionNames names,
        Func<int, string, IReadOnlyList<MunicipalityIndexMechanism>>? mechanismsIn = null)
    {
        mechanismsIn ??= (_, _) => [];
        var rows = municipalities
            .Select(m => (Municipality: m, Name: names.Municipality(m.Code)))
            .OrderBy(m => m.Name, new EditionCollation(text.Edition))
            .Select(m => new MunicipalityIndexRow(m.Name,
                [.. years.Select(year => Cell(m.Municipality, year, officeIn(year, m.Municipality.Code), text) with
                {
                    Href = hrefOf(year, m.Municipality.Code),
                    Mechanisms = mechanismsIn(year, m.Municipality.Code),
                })]))
            .ToList();
        return new MunicipalityIndexPage(
            text.Text(MunicipalityIndexTexts.Title),
            text.Text(MunicipalityIndexTexts.Intro),
            text.Text(MunicipalityIndexTexts.Caption),
            text.Text(MunicipalityIndexTexts.Municipality),
            [.. years.Select(y => y.ToString(CultureInfo.InvariantCulture))],
            rows)
        {
            SeriesIntro = rows.Any(r => r.Cells.Any(c => c.Mechanisms.Count > 0)) ? text.Text(MunicipalityIndexSeriesTexts.IndexIntro) : null,
        };
    }

    /// <summary>A mechanism's line in a cell: its abbreviation and its status, and where the law required it and it was not established, that.</summary>
    public static MunicipalityIndexMechanism Mechanism(string abbreviation, MechanismStatus status, bool mandatory, TextCatalog text)
    {
        var (code, label) = status switch
        {
            MechanismStatus.Yes => ("yes", MunicipalityIndexSeriesTexts.ShortYes),
            MechanismStatus.Vacant => ("vacant", MunicipalityIndexSeriesTexts.ShortVacant),
            MechanismStatus.Dissolved => ("dissolved", MunicipalityIndexSeriesTexts.ShortDissolved),
            _ when mandatory => ("missing", MunicipalityIndexSeriesTexts.ShortMissing),
            _ => ("no", MunicipalityIndexSeriesTexts.ShortNo),
        };
        return new MunicipalityIndexMechanism(code, text.Text(MunicipalityIndexSeriesTexts.IndexStatus, ("abbreviation", abbreviation), ("status", text.Text(label))));
    }

    private static MunicipalityIndexCell Cell(Municipality municipality, int year, OfficeFigures? office, TextCatalog text)
    {
        if (office is null)
        {
            return municipality.HasSimilarOfficeIn(year)
                ? new MunicipalityIndexCell("similar", text.Text(MunicipalityIndexTexts.Similar), null, null)
                : new MunicipalityIndexCell("none", text.Text(MunicipalityIndexTexts.None), null, null);
        }
        var assessed = office.TaskAnswers.Length - office.ExcludedTasks.Length;
        if (assessed == 0) return new MunicipalityIndexCell("excluded", text.Text(MunicipalityIndexTexts.Mocr), text.Text(MunicipalityIndexTexts.Excluded), null);
        var numbers = text.Edition.Numbers;
        return new MunicipalityIndexCell("mocr", text.Text(MunicipalityIndexTexts.Mocr),
            text.Text(MunicipalityIndexTexts.Tasks, ("count", numbers.Integer(office.TasksPerformed)), ("total", numbers.Integer(assessed))), null);
    }
}
