namespace Mcro.Tests.Profile;

/// <summary>
/// A mechanism of the series on a municipality's profile (ProfileMechanismModel), over the profile-series fixture: every
/// status, mandatory or not, answers, duties left out with their reason, people, communities not represented, notes.
/// </summary>
public sealed class ProfileMechanismModelTests
{
    [Fact]
    public void A_profile_shows_every_mechanism_with_data_that_year_in_the_series_order_and_none_in_a_year_without()
    {
        Assert.Equal(["cc", "dmc"], ProfileSeriesFixture.Mechanisms("prizren").Keys);
        Assert.Empty(ProfileSeriesFixture.Mechanisms("prizren", year: 2018));
    }

    [Fact]
    public void A_working_committee_shows_its_answers_in_the_definitions_order_its_people_by_community_and_who_it_leaves_out()
    {
        var cc = ProfileSeriesFixture.Mechanisms("prizren")["cc"];
        Assert.Equal(("Komitet za zajednice", "KZ", "yes"), (cc.Name, cc.Abbreviation, cc.Status));
        Assert.Equal("U 2019. godini ovaj mehanizam bio je uspostavljen i aktivan.", cc.StatusText);
        Assert.Equal("Po zakonu je u ovoj opštini bio obavezan.", cc.MandatoryText);
        Assert.False(cc.MissingMandatory);
        Assert.Null(cc.NotAssessed);
        Assert.Equal([("Sastaje se redovno", "Da", "yes"), ("Ima resurse", "Ne", "no")],
            cc.Functioning!.Answers.Select(a => (a.Label, a.Answer, a.Mark)));
        Assert.Null(cc.Duties);
        Assert.Equal("Članovi", cc.People!.Heading);
        Assert.Equal("Ukupno: 4 osobe.", cc.People.Summary);
        Assert.Equal([("Albanci", "1", "2"), ("Bošnjaci", "0", "1")], cc.People.Rows.Select(r => (r.Community, r.Women, r.Men)));
        Assert.Equal("2 zajednice koje žive u opštini nisu bile zastupljene:", cc.Representation!.Summary);
        Assert.Equal(["Turci", "Romi"], cc.Representation.Communities);
    }

    [Theory]
    [InlineData("sr", "gracanice", "Sve zajednice koje žive u opštini bile su zastupljene.")]
    [InlineData("sr", "mamushe", "1 zajednica koja živi u opštini nije bila zastupljena:")]
    [InlineData("sq", "prizren", "2 komunitete që jetojnë në komunë nuk ishin të përfaqësuara:")]
    [InlineData("sq", "mamushe", "1 komunitet që jeton në komunë nuk ishte i përfaqësuar:")]
    [InlineData("en", "gracanice", "Every community living in the municipality was represented.")]
    [InlineData("en", "mamushe", "1 community living in the municipality was not represented:")]
    public void Communities_not_represented_are_counted_in_the_languages_plural_forms(string tag, string municipality, string expected) =>
        Assert.Equal(expected, ProfileSeriesFixture.Mechanisms(municipality, tag)["cc"].Representation!.Summary);

    [Fact]
    public void A_vacant_mechanism_is_established_but_has_no_answers_nor_people_and_shows_its_municipalitys_notes_only()
    {
        var dmc = ProfileSeriesFixture.Mechanisms("gracanice")["dmc"];
        Assert.Equal("vacant", dmc.Status);
        Assert.Equal("U 2019. godini ovaj mehanizam bio je uspostavljen, ali nije bio popunjen.", dmc.StatusText);
        Assert.Equal("Po zakonu je u ovoj opštini bio obavezan.", dmc.MandatoryText);
        Assert.NotNull(dmc.NotAssessed);
        Assert.Equal((null, null, null, null), (dmc.Functioning, dmc.Duties, dmc.People, dmc.Representation));
        Assert.Equal(["U Gračanici je mesto bilo upražnjeno."], dmc.Notes);
        Assert.Equal(["Komitet u Mamuši nije se redovno sastajao."], ProfileSeriesFixture.Mechanisms("mamushe")["cc"].Notes);
        Assert.Empty(ProfileSeriesFixture.Mechanisms("prizren")["dmc"].Notes);
    }

    [Theory]
    [InlineData("novoberde", "dmc", "no", true)]
    [InlineData("leposaviq", "cc", "no", true)]
    [InlineData("junik", "dmc", "no", false)]
    [InlineData("mamushe", "dmc", "dissolved", false)]
    [InlineData("leposaviq", "dmc", "yes", false)]
    public void A_mechanism_not_established_where_the_law_requires_it_says_so(string municipality, string id, string status, bool missing)
    {
        var shown = ProfileSeriesFixture.Mechanisms(municipality)[id];
        Assert.Equal((status, missing), (shown.Status, shown.MissingMandatory));
        Assert.Equal(missing, shown.MandatoryText.Contains("nije ispunila", StringComparison.Ordinal));
        Assert.Null(shown.NotAssessed);
    }

    [Theory]
    [InlineData("sr", "U 2019. godini ovaj mehanizam nije bio uspostavljen.", "Po zakonu je u ovoj opštini bio obavezan: opština nije ispunila ovu zakonsku obavezu.")]
    [InlineData("sq", "Në vitin 2019, ky mekanizëm nuk ishte i themeluar.", "Sipas ligjit, ai ishte i detyrueshëm në këtë komunë: komuna nuk e përmbushi këtë detyrim ligjor.")]
    [InlineData("en", "In 2019, this mechanism was not established.", "The law required it in this municipality: the municipality did not meet this legal obligation.")]
    public void Status_and_obligation_are_said_in_the_past_in_every_language(string tag, string status, string mandatory)
    {
        var shown = ProfileSeriesFixture.Mechanisms("novoberde", tag)["dmc"];
        Assert.Equal((status, mandatory), (shown.StatusText, shown.MandatoryText));
    }

    [Fact]
    public void A_duty_left_out_is_marked_not_assessed_with_its_reason_and_is_not_counted()
    {
        var dmc = ProfileSeriesFixture.Mechanisms("prizren")["dmc"];
        Assert.Equal([("Saveti predsedniku opštine", "Da", "yes"), ("Rad sa zajednicama", "Nije procenjivano", "excluded")],
            dmc.Duties!.Answers.Select(a => (a.Label, a.Answer, a.Mark)));
        Assert.Equal("Obavljena je 1 od 1 dužnosti.", dmc.Duties.Summary);
        Assert.Equal("U Prizrenu nije bilo zahteva.", dmc.Duties.Exclusion);
        Assert.Null(dmc.Representation);
        Assert.Equal([("Bošnjaci", "0", "1")], dmc.People!.Rows.Select(r => (r.Community, r.Women, r.Men)));

        var other = ProfileSeriesFixture.Mechanisms("leposaviq")["dmc"];
        Assert.Equal("Obavljena je 1 od 2 dužnosti.", other.Duties!.Summary);
        Assert.Null(other.Duties.Exclusion);
    }

    [Fact]
    public void In_cyrillic_the_definitions_words_and_the_reasons_are_transliterated()
    {
        var dmc = ProfileSeriesFixture.Mechanisms("prizren", "sr-Cyrl")["dmc"];
        Assert.Equal(("Заменик председника општине за заједнице", "ЗПОЗ"), (dmc.Name, dmc.Abbreviation));
        Assert.Equal("Савети председнику општине", dmc.Duties!.Answers[0].Label);
        Assert.Equal("У Призрену није било захтева.", dmc.Duties.Exclusion);
        Assert.Equal("Носиоци функције", dmc.People!.Heading);
    }

    [Fact]
    public void The_mechanisms_sheet_is_linked_only_when_the_site_holds_it()
    {
        Assert.All(ProfileSeriesFixture.Mechanisms("prizren").Values, m => Assert.Null(m.Sheet));
        var dataset = ProfileSeriesFixture.Dataset;
        var edition = Mcro.Localization.Edition.For("sr");
        var text = new Mcro.Localization.TextCatalog(dataset.I18n, edition, "i18n/sr.yaml");
        var linked = Mcro.Producers.Profile.ProfileModel.Mechanisms(dataset, dataset.Municipalities[0], 2019,
            Mcro.Indicators.Mechanisms.MechanismCalculator.Series(dataset), text, new Mcro.Localization.EditionNames(dataset, edition),
            id => id == "cc" ? "../../cc/index.html" : null);
        Assert.Equal(new Mcro.Rendering.Views.PageLink("Informativni list za 2019. godinu: Komiteti za zajednice", "../../cc/index.html"), linked[0].Sheet);
        Assert.Null(linked[1].Sheet);
    }
}
