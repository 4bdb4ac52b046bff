using Mcro.Indicators.Mechanisms;
using Mcro.Localization;
using Mcro.Model.Mechanisms;
using Mcro.Producers.Mechanism;
using Mcro.Producers.Mechanism.Views;

namespace Mcro.Tests.MechanismSheet;

/// <summary>The view model of a mechanism's sheet, from the fixture's invented mechanism (every section, 2018 and 2019).</summary>
public class MechanismModelTests
{
    private static MechanismPage Page(string tag, int year = 2019)
    {
        var dataset = SeriesSheetFixture.Dataset;
        var edition = Edition.For(tag);
        var text = new TextCatalog(dataset.I18n, edition, "i18n");
        var names = new EditionNames(dataset, edition);
        var definition = dataset.FindMechanism(SeriesSheetFixture.Id)!;
        var figures = MechanismCalculator.Compute(dataset, definition, dataset.Years[year].Mechanisms[definition.Id]);
        var previous = dataset.Years.TryGetValue(year - 1, out var before) && before.Mechanisms.TryGetValue(definition.Id, out var data)
            ? MechanismCalculator.Compute(dataset, definition, data)
            : null;
        var charts = MechanismChartSet.Build(definition, figures, text, names);
        return MechanismModel.Build(definition, dataset.Years[year].Mechanisms[definition.Id], figures, previous, charts, text, names, dataset.Config);
    }

    [Fact]
    public void Sections_come_in_the_definitions_order()
    {
        Assert.Equal(["establishment", "people", "representation", "functioning", "duties"], Page("en").Sections.Select(s => s.Kind));
    }

    [Fact]
    public void Title_is_the_plural_name_with_the_abbreviation_and_the_year_in_the_editions_script()
    {
        Assert.Equal("Community Liaison Councils (CLC) in 2019", Page("en").Title);
        Assert.Equal("Савети за везе са заједницама (СВЗ) у 2019", Page("sr-Cyrl").Title);
    }

    [Fact]
    public void Every_section_with_data_has_one_chart_and_each_chart_its_data_table()
    {
        var sections = Page("en").Sections;
        Assert.All(sections, s => Assert.Single(s.Figures));
        Assert.All(sections.SelectMany(s => s.Figures), f => Assert.NotEmpty(f.Table.Rows));
        Assert.All(sections.SelectMany(s => s.Figures), f => Assert.False(string.IsNullOrWhiteSpace(f.Description)));
    }

    [Fact]
    public void Establishment_counts_vacant_posts_as_established_and_marks_where_the_law_requires_it()
    {
        var establishment = Page("en").Sections.Single(s => s.Kind == "establishment");
        Assert.Equal("The CLC is established in 4 of the 6 municipalities.", establishment.Summary[0]);
        Assert.Contains("mandatory in 3 municipalities", establishment.Summary[1], StringComparison.Ordinal);
        Assert.EndsWith("meeting this obligation: 2.", establishment.Summary[1], StringComparison.Ordinal);
        var list = establishment.Municipalities!;
        Assert.NotNull(list.Mandatory);
        var gracanica = list.Rows.Single(r => r.Name.StartsWith("Graçanicë", StringComparison.Ordinal));
        Assert.Equal(("vacant", "Yes"), (gracanica.StatusCode, gracanica.Mandatory));
        Assert.Equal("dissolved", list.Rows.Single(r => r.Name.StartsWith("Novobërdë", StringComparison.Ordinal)).StatusCode);
    }

    [Fact]
    public void A_municipalitys_note_is_numbered_and_its_row_refers_to_it()
    {
        var establishment = Page("en").Sections.Single(s => s.Kind == "establishment");
        var note = Assert.Single(establishment.Notes);
        Assert.Equal(("1", "note-1"), (note.Number, note.Anchor));
        Assert.Same(note, Assert.Single(establishment.Municipalities!.Rows.Single(r => r.StatusCode == "vacant").Notes));
        var general = Assert.Single(Page("en").Sections.Single(s => s.Kind == "people").Notes);
        Assert.Null(general.Number);
    }

    [Fact]
    public void Duties_chart_leaves_vacant_posts_out_says_so_and_gives_the_exclusions_reason()
    {
        var duties = Page("en").Sections.Single(s => s.Kind == "duties").Figures.Single();
        Assert.Equal(["Reports", "Visits"], duties.Table.Rows.Select(r => r.Label));
        // Yes, no, excluded and their total: three municipalities are asked, the vacant one is not.
        Assert.Equal(["2", "1", "0", "3"], duties.Table.Rows[0].Cells);
        Assert.Equal(["2", "0", "1", "3"], duties.Table.Rows[1].Cells);
        Assert.Contains("1 vacant post is excluded from this chart.", duties.Notes);
        Assert.Contains("The council in Prizren was not assessed for visits.", duties.Notes);
    }

    [Fact]
    public void People_are_summed_in_the_editions_plural_forms()
    {
        Assert.Equal("Članovi: ukupno 6 (3 žene, 3 muškarca).", Page("sr").Sections.Single(s => s.Kind == "people").Summary[0]);
    }

    [Fact]
    public void Representation_counts_the_municipalities_where_a_living_community_has_nobody()
    {
        var table = Page("en").Sections.Single(s => s.Kind == "representation").Figures.Single().Table;
        Assert.Equal([("Albanian", "1"), ("Bosniak", "2")], table.Rows.Select(r => (r.Label, r.Cells[0])));
    }

    [Fact]
    public void Change_compares_each_headline_figure_with_the_year_before_with_data()
    {
        var change = Page("en").Changes!;
        Assert.Equal(["Figure", "2018", "2019", "Change"], change.Columns);
        var established = change.Rows[0];
        Assert.Equal(("3", "4", "+1 compared with 2018", "up"), (established.Previous, established.Current, established.Change, established.Direction));
        Assert.Contains(change.Rows, r => (r.Figure, r.Previous, r.Current, r.Direction) == ("Members: in all", "4", "6", "up"));
        Assert.Contains(change.Rows, r => (r.Figure, r.Change, r.Direction) == ("Visits: yes", "no change from 2018", "same"));
        Assert.Null(Page("en", 2018).Changes);
    }

    [Fact]
    public void A_mechanism_mandatory_everywhere_has_no_mandatory_column_nor_mandatory_sentence()
    {
        var dataset = SeriesSheetFixture.Dataset;
        var definition = dataset.FindMechanism(SeriesSheetFixture.Id)! with { Mandatory = MandatoryRule.Everywhere };
        var edition = Edition.For("en");
        var text = new TextCatalog(dataset.I18n, edition, "i18n");
        var names = new EditionNames(dataset, edition);
        var data = dataset.Years[2019].Mechanisms[definition.Id];
        var figures = MechanismCalculator.Compute(dataset, definition, data);
        var page = MechanismModel.Build(definition, data, figures, null, MechanismChartSet.Build(definition, figures, text, names), text, names, dataset.Config);
        var establishment = page.Sections.Single(s => s.Kind == "establishment");
        Assert.Single(establishment.Summary);
        Assert.Null(establishment.Municipalities!.Mandatory);
        Assert.All(establishment.Municipalities.Rows, r => Assert.Null(r.Mandatory));
    }
}
