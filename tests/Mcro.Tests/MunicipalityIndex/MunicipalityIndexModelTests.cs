using Mcro.Indicators;
using Mcro.Localization;
using Mcro.Producers.MunicipalityIndex;
using Mcro.Producers.MunicipalityIndex.Views;
using Mcro.Tests.Site;

namespace Mcro.Tests.MunicipalityIndex;

/// <summary>The index of municipalities as a view model: every municipality, in the edition's alphabetical order, and its office in every year.</summary>
public sealed class MunicipalityIndexModelTests
{
    private static readonly IReadOnlyDictionary<int, YearIndicators> Figures = IndicatorCalculator.ComputeEveryYear(SiteFixture.Dataset);

    private static MunicipalityIndexPage Build(string tag, Func<int, string, string?>? hrefOf = null)
    {
        var dataset = SiteFixture.Dataset;
        var edition = Edition.For(tag);
        return MunicipalityIndexModel.Build(dataset.Municipalities, [2018, 2019],
            (year, code) => Figures[year].PerOffice.FirstOrDefault(o => o.Municipality == code),
            hrefOf ?? ((year, code) => $"{year}/{code}"),
            new TextCatalog(dataset.I18n, edition, $"i18n/{edition.DataLanguage}.yaml"), new EditionNames(dataset, edition));
    }

    private static MunicipalityIndexCell Cell(MunicipalityIndexPage page, string name, int column) =>
        page.Rows.Single(r => r.Name == name).Cells[column];

    [Fact]
    public void Every_municipality_has_a_row_in_the_edition_s_alphabetical_order_and_a_cell_per_year()
    {
        var sr = Build("sr");
        var cyrillic = Build("sr-Cyrl");

        Assert.Equal(["Gračanica", "Junik", "Leposavić", "Mamuša", "Novo Brdo", "Prizren"], sr.Rows.Select(r => r.Name));
        Assert.Equal(["Грачаница", "Јуник", "Лепосавић", "Мамуша", "Ново Брдо", "Призрен"], cyrillic.Rows.Select(r => r.Name));
        Assert.Equal(["2018", "2019"], sr.Years);
        Assert.All(sr.Rows, r => Assert.Equal(2, r.Cells.Count));
    }

    [Fact]
    public void A_mocr_shows_its_tasks_performed_of_those_assessed()
    {
        var sr = Build("sr");

        Assert.Equal(("mocr", "OKZP", "7 od 8 zadataka"), Said(Cell(sr, "Prizren", 0)));
        // Mamuša was excluded from one task in 2018: 2 of the 7 assessed.
        Assert.Equal(("mocr", "OKZP", "2 od 7 zadataka"), Said(Cell(sr, "Mamuša", 0)));
    }

    [Fact]
    public void A_mocr_excluded_from_every_task_a_similar_office_and_no_office_are_each_said_so()
    {
        var sr = Build("sr");
        var sq = Build("sq");

        Assert.Equal(("excluded", "OKZP", "isključena iz procene"), Said(Cell(sr, "Junik", 0)));
        Assert.Equal(("similar", "Slična kancelarija", null), Said(Cell(sr, "Leposavić", 0)));
        Assert.Equal(("none", "Nema OKZP", null), Said(Cell(sr, "Novo Brdo", 0)));
        Assert.Equal(("mocr", "OKZP"), (Cell(sr, "Novo Brdo", 1).Status, Cell(sr, "Novo Brdo", 1).Office));
        Assert.Equal(("none", "Pa ZKKK", null), Said(Cell(sq, "Novobërdë", 0)));
    }

    [Fact]
    public void Each_cell_links_that_year_s_profile_and_none_where_the_site_does_not_hold_it()
    {
        var page = Build("sr", (year, code) => year == 2019 ? $"../../2019/sr/municipalities/{code}/index.html" : null);

        Assert.Equal("../../2019/sr/municipalities/prizren/index.html", Cell(page, "Prizren", 1).Href);
        Assert.All(page.Rows, r => Assert.Null(r.Cells[0].Href));
    }

    private static (string, string, string?) Said(MunicipalityIndexCell cell) => (cell.Status, cell.Office, cell.Tasks);
}
