using System.Collections.Immutable;
using Mcro.Diagnostics;
using Mcro.Localization;
using Mcro.Model;
using Mcro.Model.Mechanisms;
using Mcro.Producers;
using Mcro.Producers.Leaflet;

namespace Mcro.Tests.Leaflet;

/// <summary>A leaflet past two pages is reported at the i18n text of each block printed past the second page, so CI annotates the translator's line.</summary>
public sealed class LeafletOverflowTests
{
    private static readonly I18nCatalog Catalog = new(ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, I18nText>>.Empty
        .Add("sr", ImmutableSortedDictionary<string, I18nText>.Empty
            .Add("closing.paragraph", Plain("{mission} podržava veće učešće zajednica u institucijama. Da bi pomogla u tome, {mission} redovno prati učinak.", 109, 14))
            .Add("charts.work_plans.title", Plain("OKZP sa radnim planovima u {year}", 111, 12))
            .Add("site.list_and", Plain("i", 3, 13))
            .Add("changes.offices", new I18nText(null, ImmutableSortedDictionary<string, string>.Empty.Add("one", "{count} OKZP je obavila sve zadatke").Add("other", "{count} OKZP su obavile sve zadatke"), new SourceLocation("data/i18n/sr.yaml", 120, 3)))));

    private static readonly SourceLocation Sheet = SourceLocation.OfFile("2019/sr-Cyrl/index.html");

    private static I18nText Plain(string text, int line, int column) => new(text, ImmutableSortedDictionary<string, string>.Empty, new SourceLocation("data/i18n/sr.yaml", line, column));

    [Fact]
    public void A_block_past_the_second_page_is_reported_at_its_text_in_any_script_with_its_placeholders_filled()
    {
        var problems = LeafletOverflow.Problems(Catalog, Edition.For("sr-Cyrl"), 2019, 3,
            ["Мисија ОЕБС-а на Косову  подржава веће учешће заједница у институцијама.\n Да би помогла у томе, Мисија редовно прати учинак."], Sheet);

        var problem = Assert.Single(problems);
        Assert.Equal("data/i18n/sr.yaml:109:14: (closing.paragraph): the 2019 sr-Cyrl leaflet prints on 3 pages, and it must fit on two A4 pages; shorten this text", problem.ToString());
        Assert.Equal(ProblemCode.LeafletFailed, problem.Code);
    }

    [Fact]
    public void Each_text_past_the_second_page_is_reported_once_plural_forms_included()
    {
        var problems = LeafletOverflow.Problems(Catalog, Edition.For("sr"), 2019, 4,
            ["OKZP sa radnim planovima u 2019", "12 OKZP su obavile sve zadatke", "OKZP sa radnim planovima u 2019"], Sheet);

        Assert.Equal(["data/i18n/sr.yaml:111:12", "data/i18n/sr.yaml:120:3"], problems.Select(p => $"{p.Location.File}:{p.Location.Line}:{p.Location.Column}").Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("35 i 2")]
    [InlineData("Albanci: 19 žena, 22 muškarca")]
    public void Blocks_that_show_no_text_long_enough_to_tell_are_reported_at_the_sheet(string block)
    {
        var problem = Assert.Single(LeafletOverflow.Problems(Catalog, Edition.For("sr"), 2019, 3, [block], Sheet));

        Assert.Equal("2019/sr-Cyrl/index.html: cannot print this sheet's leaflet: it prints on 3 page(s), and the leaflet is exactly two A4 pages; shorten this sheet's texts or notes", problem.ToString());
    }

    [Fact]
    public void On_a_mechanisms_sheet_a_block_showing_a_text_of_its_definition_is_reported_at_the_definition_naming_the_text()
    {
        var dataset = Dataset() with { Mechanisms = [Committee] };
        var page = new PageDescription("2019/sr-Cyrl/cc/index.html", "mechanism", Edition.For("sr-Cyrl"), 2019, Subject: "cc") { Leaflet = "2019/sr-Cyrl/cc/cc-2019-sr-cyrl.pdf" };
        var texts = LeafletOverflow.TextsOf(dataset, Edition.For("sr-Cyrl"), page);

        var problems = LeafletOverflow.Problems(texts, "2019 sr-Cyrl cc", 3,
            ["Комитет за заједнице је стални комитет скупштине општине.", "Да ли се састаје редовно, барем једном месечно", "Мисија ОЕБС-а подржава веће учешће заједница у институцијама. Да би помогла у томе, Мисија редовно прати учинак."],
            SourceLocation.OfFile(page.Path));

        Assert.Equal(
        [
            "data/i18n/sr.yaml:109:14: (closing.paragraph): the 2019 sr-Cyrl cc leaflet prints on 3 pages, and it must fit on two A4 pages; shorten this text",
            "data/mechanisms/cc.yaml:12:7: (indicators.meets_regularly.label): the 2019 sr-Cyrl cc leaflet prints on 3 pages, and it must fit on two A4 pages; shorten this text",
            "data/mechanisms/cc.yaml:1:1: (mandate): the 2019 sr-Cyrl cc leaflet prints on 3 pages, and it must fit on two A4 pages; shorten this text",
        ], problems.Select(p => p.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_page_about_no_mechanism_is_matched_against_the_i18n_texts_alone()
    {
        var dataset = Dataset() with { Mechanisms = [Committee] };
        var sheet = new PageDescription("2019/sr/index.html", "sheet", Edition.For("sr"), 2019);

        var problem = Assert.Single(LeafletOverflow.Problems(LeafletOverflow.TextsOf(dataset, Edition.For("sr"), sheet), "2019 sr", 3,
            ["Komitet za zajednice je stalni komitet skupštine opštine."], Sheet));

        Assert.StartsWith("2019/sr-Cyrl/index.html: cannot print this sheet's leaflet", problem.ToString(), StringComparison.Ordinal);
    }

    private static readonly MechanismDefinition Committee = new(
        "cc", 2,
        Sr("Komitet za zajednice"), Sr("Komiteti za zajednice"), Sr("KZ"),
        Sr("Komitet za zajednice je stalni komitet skupštine opštine."),
        Sr("Zakon o lokalnoj samoupravi, član 53."),
        MandatoryRule.Everywhere,
        new PeopleDefinition(Sr("Članovi"), true),
        [new MechanismQuestion("meets_regularly", Sr("Da li se sastaje redovno, barem jednom mesečno"), new SourceLocation("data/mechanisms/cc.yaml", 12, 7))],
        [],
        [MechanismSection.Establishment, MechanismSection.Functioning],
        new SourceLocation("data/mechanisms/cc.yaml", 1, 1));

    private static LocalizedText Sr(string text) => LocalizedText.From([KeyValuePair.Create("sr", text)]);

    private static Dataset Dataset() => new("data", Mcro.Tests.Site.SiteFixture.Dataset.Config, [], [], [], Catalog, ImmutableSortedDictionary<int, YearData>.Empty);
}
