namespace Mcro.Tests.Mechanisms;

/// <summary>
/// A mechanism's year folder, YEAR/ID/: statuses, answers only where the mechanism works, n/a only for duties, and the
/// rules across its files (one row per municipality, people only where it works, n/a matched by exclusions).
/// </summary>
public sealed class MechanismYearTests
{
    private static IReadOnlyList<string> Problems(Action<DataWorkspace> edit)
    {
        using var ws = SeriesWorkspace.Create();
        edit(ws);
        return ws.ProblemsWithRules();
    }

    private static Action<DataWorkspace> Row(string row, string replacement) =>
        ws => ws.Replace("2019/cm/municipalities.csv", row, replacement);

    [Fact]
    public void A_status_outside_the_four_words_is_refused_at_the_cell()
    {
        Assert.Equal(["value-domain | data/2019/cm/municipalities.csv:6:B (status): status: 'maybe' is not allowed; use one of: yes, vacant, dissolved, no"], Problems(Row("junik,no,,,", "junik,maybe,,,")));
    }

    [Theory]
    [InlineData("mamushe,dissolved,,,", "mamushe,dissolved,yes,,")]
    [InlineData("mitrovice-south,vacant,,,", "mitrovice-south,vacant,,no,")]
    [InlineData("junik,no,,,", "junik,no,,,n/a")]
    public void An_answer_where_the_mechanism_does_not_work_is_refused_at_the_cell(string row, string answered)
    {
        var problem = Assert.Single(Problems(Row(row, answered)));
        Assert.StartsWith("mechanism-answer | data/2019/cm/municipalities.csv:", problem, StringComparison.Ordinal);
        Assert.Contains("only a working mechanism (status yes) is asked; leave the cell empty", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_answer_on_a_row_not_working_is_refused_with_its_column()
    {
        Assert.Equal(["mechanism-answer | data/2019/cm/municipalities.csv:5:C (meets): meets is answered 'yes' for 'mamushe', whose status is dissolved: only a working mechanism (status yes) is asked; leave the cell empty"], Problems(Row("mamushe,dissolved,,,", "mamushe,dissolved,yes,,")));
    }

    [Fact]
    public void A_working_mechanism_left_unanswered_is_refused_at_the_cell()
    {
        Assert.Equal(["value-missing | data/2019/cm/municipalities.csv:7:C (meets): meets is empty for 'zvecan'; write yes or no"], Problems(Row("zvecan,yes,yes,yes,yes", "zvecan,yes,,yes,yes")));
    }

    [Fact]
    public void Na_is_refused_for_an_indicator()
    {
        Assert.Equal(["value-domain | data/2019/cm/municipalities.csv:7:C (meets): meets: 'n/a' is not allowed; use one of: yes, no"], Problems(Row("zvecan,yes,yes,yes,yes", "zvecan,yes,n/a,yes,yes")));
    }

    [Fact]
    public void A_missing_row_is_reported_naming_the_municipality()
    {
        Assert.Equal(["mechanism-row-missing | data/2019/cm/municipalities.csv: no row for 'junik': every municipality has one row, with status no where the CM is not established"], Problems(Row("junik,no,,,\n", "")));
    }

    [Fact]
    public void A_second_row_of_a_municipality_names_the_first()
    {
        Assert.Equal(["duplicate-row | data/2019/cm/municipalities.csv:9:A (municipality): 'junik' has a second row (first on line 6); one row per municipality"], Problems(ws => ws.Append("2019/cm/municipalities.csv", "junik,no,,,\n")));
    }

    [Fact]
    public void A_row_of_an_unknown_municipality_is_refused()
    {
        Assert.Equal(["unknown-code | data/2019/cm/municipalities.csv:9:A (municipality): unknown municipality 'junk'; did you mean 'junik'?"], Problems(ws => ws.Append("2019/cm/municipalities.csv", "junk,no,,,\n")));
    }

    [Theory]
    [InlineData("mamushe")]
    [InlineData("mitrovice-south")]
    [InlineData("junik")]
    public void People_of_a_mechanism_not_working_are_refused(string municipality)
    {
        var problem = Assert.Single(Problems(ws => ws.Append("2019/cm/people.csv", $"{municipality},albanian,female\n")));
        Assert.StartsWith("people-without-mechanism | data/2019/cm/people.csv:7:A (municipality):", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_person_refused_reads_in_full()
    {
        Assert.Equal(["people-without-mechanism | data/2019/cm/people.csv:7:A (municipality): data/2019/cm/people.csv lists a person in 'mamushe', whose CM has status dissolved in 2019 (data/2019/cm/municipalities.csv:5): only a working mechanism (status yes) has people"], Problems(ws => ws.Append("2019/cm/people.csv", "mamushe,turkish,female\n")));
    }

    [Fact]
    public void A_person_of_an_unknown_gender_or_community_is_refused_at_the_cell()
    {
        Assert.Equal(["value-domain | data/2019/cm/people.csv:7:C (gender): gender: 'man' is not allowed; use one of: female, male"], Problems(ws => ws.Append("2019/cm/people.csv", "zvecan,serb,man\n")));
    }

    [Fact]
    public void Na_without_an_exclusion_is_refused_at_the_cell()
    {
        Assert.Equal(["na-without-exclusion | data/2019/cm/municipalities.csv:3:E (outreach): outreach: 'n/a' for 'ferizaj' but data/2019/cm/notes.yaml has no exclusion of it from 'outreach'; answer yes or no, or add the exclusion with its reason"], Problems(Row("ferizaj,yes,no,no,yes", "ferizaj,yes,no,no,n/a")));
    }

    [Fact]
    public void An_exclusion_without_its_na_is_refused_at_the_exclusion()
    {
        Assert.Equal(["exclusion-without-na | data/2019/cm/notes.yaml:2:5: 'gjakove' is excluded from 'outreach' but data/2019/cm/municipalities.csv:2 answers yes there; write n/a or drop the exclusion"], Problems(Row("gjakove,yes,yes,yes,n/a", "gjakove,yes,yes,yes,yes")));
    }

    [Fact]
    public void An_exclusion_of_an_unknown_duty_suggests_the_nearest()
    {
        Assert.Equal(["unknown-code | data/2019/cm/notes.yaml:2:5: unknown duty 'advise' of the cm; did you mean 'advice'?"], Problems(ws => ws.Replace("2019/cm/notes.yaml", "duties: [outreach]", "duties: [outreach, advise]")));
    }

    [Fact]
    public void An_exclusion_of_a_mechanism_not_working_is_refused()
    {
        Assert.Equal(["mechanism-answer | data/2019/cm/notes.yaml:5:5: 'mamushe' is excluded from duties, but its CM has status dissolved in 2019: a mechanism that is not working is asked nothing, so it needs no exclusion"], Problems(ws => ws.Replace("2019/cm/notes.yaml", "notes:\n", """
              - municipality: mamushe
                duties: all
                reason: { sq: "a", sr: "b", en: "c" }
            notes:

            """)));
    }

    [Fact]
    public void A_note_in_a_section_the_definition_has_not_is_refused_at_the_note()
    {
        Assert.Equal(["value-domain | data/2019/cm/notes.yaml:6:5: note section 'representation' is not a section of the cm sheet; use one of: establishment, functioning, people, duties"], Problems(ws => ws
            .Replace("mechanisms/cm.yaml", "  representation: true", "  representation: false")
            .Replace("mechanisms/cm.yaml", "people, representation, duties]", "people, duties]")
            .Replace("2019/cm/notes.yaml", "section: establishment", "section: representation")));
    }

    [Fact]
    public void A_note_in_an_unknown_section_is_refused_at_the_value()
    {
        Assert.Equal(["value-domain | data/2019/cm/notes.yaml:6:14: note section: 'staff' is not allowed; use one of: establishment, functioning, people, representation, duties"], Problems(ws => ws.Replace("2019/cm/notes.yaml", "section: establishment", "section: staff")));
    }

    [Fact]
    public void A_threshold_without_communities_living_is_refused_at_the_definition()
    {
        Assert.Equal(["communities-living | data/mechanisms/cm.yaml:1:1: mechanism cm: mandatory: threshold needs the communities living in each municipality: write communities-living.csv (municipality,community,share,from,until)"], Problems(ws => ws
            .Delete("communities-living.csv")
            .Replace("mechanisms/cm.yaml", "  representation: true", "  representation: false")
            .Replace("mechanisms/cm.yaml", "people, representation, duties]", "people, duties]")));
    }

    [Fact]
    public void Representation_without_communities_living_is_refused_at_the_definition()
    {
        Assert.Equal(["communities-living | data/mechanisms/cm.yaml:1:1: mechanism cm: people.representation needs the communities living in each municipality: write communities-living.csv (municipality,community,share,from,until)"], Problems(ws => ws
            .Delete("communities-living.csv")
            .Replace("mechanisms/cm.yaml", "  where: threshold\n  threshold: 10", "  where: everywhere")));
    }

    [Fact]
    public void A_year_folder_no_definition_names_is_an_unknown_mechanism()
    {
        Assert.Equal(["mechanism-unknown | data/2019/dmc: folder 2019/dmc/ is not a mechanism of the series: define it in mechanisms/dmc.yaml, or move the folder out of the year; defined: cm"], Problems(ws => ws.CreateFolder("2019/dmc")));
    }

    [Fact]
    public void A_dataset_without_definitions_leaves_its_year_subfolders_alone()
    {
        using var ws = DataWorkspace.CopyOf().CreateFolder("2019/photos");

        Assert.Empty(ws.Problems());
    }

    [Fact]
    public void A_year_without_the_mechanism_folder_has_no_data_for_it()
    {
        using var ws = SeriesWorkspace.Create();
        var dataset = ws.Validate().Value!;

        Assert.False(dataset.Years[2018].Mechanisms.ContainsKey("cm"));
        Assert.True(dataset.Years[2019].Mechanisms.ContainsKey("cm"));
    }
}

/// <summary>communities-living.csv: known codes, one row per community and years, shares that fit the population.</summary>
public sealed class CommunitiesLivingTests
{
    private static IReadOnlyList<string> Problems(Action<DataWorkspace> edit)
    {
        using var ws = SeriesWorkspace.Create();
        edit(ws);
        return ws.ProblemsWithRules();
    }

    private static Action<DataWorkspace> Row(string row, string replacement) =>
        ws => ws.Replace("communities-living.csv", row, replacement);

    [Fact]
    public void Rows_load_with_their_years()
    {
        using var ws = SeriesWorkspace.Create();
        var dataset = ws.Validate().Value!;

        Assert.Equal(15, dataset.CommunitiesLiving.Length);
        Assert.Equal(["serbian 80", "albanian 20"], dataset.LivingIn("leposaviq", 2018).Select(c => $"{c.Community} {c.Share}"));
        Assert.Equal(["serbian 80", "albanian 0"], dataset.LivingIn("leposaviq", 2019).Select(c => $"{c.Community} {c.Share}"));
    }

    [Theory]
    [InlineData("9,2")]
    [InlineData("101")]
    [InlineData("-1")]
    [InlineData("a lot")]
    public void A_share_that_is_not_a_percent_is_refused_at_the_cell(string share)
    {
        var problem = Assert.Single(Problems(Row("ferizaj,serbian,4.9,,", $"ferizaj,serbian,\"{share}\",,")));
        Assert.StartsWith("value-domain | data/communities-living.csv:5:C (share): share: ", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_share_is_refused_at_the_cell()
    {
        Assert.Equal(["value-missing | data/communities-living.csv:5:C (share): share: '' is not a percent of the population (0 to 100, '.' before decimals, e.g. 9.2)"], Problems(Row("ferizaj,serbian,4.9,,", "ferizaj,serbian,,,")));
    }

    [Fact]
    public void Until_before_from_is_refused_at_until()
    {
        Assert.Equal(["value-domain | data/communities-living.csv:15:E (until): until 2008 is before from 2011"], Problems(Row("leposaviq,albanian,20,2011,2018", "leposaviq,albanian,20,2011,2008")));
    }

    [Fact]
    public void An_unknown_municipality_or_community_is_refused()
    {
        Assert.Equal([
            "unknown-code | data/communities-living.csv:17:A (municipality): unknown municipality 'junk'; did you mean 'junik'?",
            "unknown-code | data/communities-living.csv:17:B (community): unknown community 'roma'"
        ], Problems(ws => ws.Append("communities-living.csv", "junk,roma,1,,\n")));
    }

    [Fact]
    public void A_community_listed_twice_for_overlapping_years_names_the_first()
    {
        Assert.Equal(["duplicate-row | data/communities-living.csv:16:B (community): 'albanian' in 'leposaviq' is listed twice for the same years (first on line 15); give each row its from/until years"], Problems(Row("leposaviq,albanian,0,2019,", "leposaviq,albanian,0,2018,")));
    }

    [Fact]
    public void Shares_above_the_whole_population_are_refused()
    {
        Assert.Equal(["communities-living | data/communities-living.csv:4:C (share): the shares of the communities living in 'ferizaj' add up to 100.6 % in 2011: more than the whole population"], Problems(Row("ferizaj,serbian,4.9,,", "ferizaj,serbian,5.6,,")));
    }
}
