using System.Globalization;
using Mcro.Indicators;
using Mcro.Localization;
using Mcro.Model;
using Mcro.Producers.MunicipalityIndex.Views;

namespace Mcro.Producers.MunicipalityIndex;

/// <summary>Every municipality's office in every year, as one edition's index shows it.</summary>
public static class MunicipalityIndexModel
{
    /// <param name="years">The years the edition has, oldest first: one column each.</param>
    /// <param name="officeIn">A municipality's MOCR figures in a year (year, code), or null when it had none.</param>
    /// <param name="hrefOf">A municipality's profile of a year (year, code), relative to the index; null when the site does not hold it.</param>
    public static MunicipalityIndexPage Build(IReadOnlyList<Municipality> municipalities, IReadOnlyList<int> years,
        Func<int, string, OfficeFigures?> officeIn, Func<int, string, string?> hrefOf, TextCatalog text, EditionNames names)
    {
        var rows = municipalities
            .Select(m => (Municipality: m, Name: names.Municipality(m.Code)))
            .OrderBy(m => m.Name, new EditionCollation(text.Edition))
            .Select(m => new MunicipalityIndexRow(m.Name,
                [.. years.Select(year => Cell(m.Municipality, year, officeIn(year, m.Municipality.Code), text) with { Href = hrefOf(year, m.Municipality.Code) })]))
            .ToList();
        return new MunicipalityIndexPage(
            text.Text(MunicipalityIndexTexts.Title),
            text.Text(MunicipalityIndexTexts.Intro),
            text.Text(MunicipalityIndexTexts.Caption),
            text.Text(MunicipalityIndexTexts.Municipality),
            [.. years.Select(y => y.ToString(CultureInfo.InvariantCulture))],
            rows);
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
