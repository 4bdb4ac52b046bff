namespace Mcro.Tests.Mechanisms;

/// <summary>A definition, mechanisms/ID.yaml, is refused with the position of what is wrong, and nothing else is reported.</summary>
public sealed class MechanismDefinitionLoaderTests
{
    private static IReadOnlyList<string> Problems(Action<DataWorkspace> edit)
    {
        using var ws = SeriesWorkspace.Create();
        edit(ws);
        return ws.Problems();
    }

    [Fact]
    public void Definitions_load_in_order_then_id()
    {
        using var ws = SeriesWorkspace.Create()
            .Write("mechanisms/ab.yaml", SeriesWorkspace.Definition)
            .Write("mechanisms/zz.yaml", SeriesWorkspace.Definition.Replace("order: 2", "order: 1", StringComparison.Ordinal));

        Assert.Equal(["zz", "ab", "cm"], ws.Validate().Value!.Mechanisms.Select(m => m.Id));
    }

    [Fact]
    public void An_unknown_key_is_refused_where_it_stands()
    {
        Assert.Equal(
            ["data/mechanisms/cm.yaml:22:1: unknown key 'colour' in mechanism cm (known: order, data, name, plural, abbreviation, mandate, legal_basis, mandatory, people, indicators, duties, sections)"],
            Problems(ws => ws.Append("mechanisms/cm.yaml", "colour: red\n")));
    }

    [Fact]
    public void An_unknown_key_inside_mandatory_is_refused_where_it_stands()
    {
        Assert.Equal(
            ["data/mechanisms/cm.yaml:10:3: unknown key 'percent' in mandatory (known: where, threshold)"],
            Problems(ws => ws.Replace("mechanisms/cm.yaml", "  threshold: 10\n", "  threshold: 10\n  percent: yes\n")));
    }

    [Fact]
    public void A_missing_text_is_refused_naming_the_key()
    {
        Assert.Equal(
            ["data/mechanisms/cm.yaml:1:1: mechanism cm: 'mandate' is missing (a text per language: sq, sr, en)"],
            Problems(ws => ws.Replace("mechanisms/cm.yaml", "mandate: { sq: \"Mandati.\", sr: \"Mandat.\", en: \"The mandate.\" }\n", "")));
    }

    [Fact]
    public void A_text_missing_a_language_is_refused_naming_the_language()
    {
        Assert.Equal(
            ["data/mechanisms/cm.yaml:1:1: mechanism cm: plural has no 'sr' text; every configured language (sq, sr, en) needs one"],
            Problems(ws => ws.Replace("mechanisms/cm.yaml", "plural: { sq: \"Mekanizmat\", sr: \"Mehanizmi\", en: \"Mechanisms\" }", "plural: { sq: \"Mekanizmat\", en: \"Mechanisms\" }")));
    }

    [Fact]
    public void A_missing_order_is_refused()
    {
        Assert.Equal(
            ["data/mechanisms/cm.yaml:1:1: mechanism cm: 'order' is missing (its place in the series, a whole number)"],
            Problems(ws => ws.Replace("mechanisms/cm.yaml", "order: 2\n", "")));
    }

    [Fact]
    public void A_mandatory_where_outside_its_three_words_is_refused_at_the_value()
    {
        Assert.Equal(
            ["data/mechanisms/cm.yaml:8:10: mandatory.where: 'sometimes' is not allowed; use one of: everywhere, threshold, nowhere"],
            Problems(ws => ws.Replace("mechanisms/cm.yaml", "where: threshold", "where: sometimes")));
    }

    [Fact]
    public void A_missing_mandatory_is_refused()
    {
        Assert.Equal(
            ["data/mechanisms/cm.yaml:1:1: 'mandatory' is missing: where the mechanism is required (where: everywhere, threshold or nowhere)"],
            Problems(ws => ws.Replace("mechanisms/cm.yaml", "mandatory:\n  where: threshold\n  threshold: 10\n", "")));
    }

    [Fact]
    public void A_threshold_beside_everywhere_is_refused_at_the_threshold()
    {
        Assert.Equal(
            ["data/mechanisms/cm.yaml:9:14: mandatory.threshold applies only with where: threshold, not everywhere"],
            Problems(ws => ws.Replace("mechanisms/cm.yaml", "where: threshold", "where: everywhere")));
    }

    [Fact]
    public void A_threshold_rule_without_its_percent_is_refused()
    {
        Assert.Equal(
            ["data/mechanisms/cm.yaml:8:3: mandatory.threshold is missing: the percent of the population, e.g. 10"],
            Problems(ws => ws.Replace("mechanisms/cm.yaml", "  threshold: 10\n", "")));
    }

    [Theory]
    [InlineData("ten")]
    [InlineData("10%")]
    [InlineData("0")]
    [InlineData("100.5")]
    [InlineData("-5")]
    [InlineData("10,5")]
    public void A_threshold_that_is_not_a_percent_is_refused_at_the_value(string threshold)
    {
        Assert.Equal(
            [$"data/mechanisms/cm.yaml:9:14: mandatory.threshold must be a percent above 0 and at most 100 ('.' before decimals), not '{threshold}'"],
            Problems(ws => ws.Replace("mechanisms/cm.yaml", "threshold: 10", $"threshold: {threshold}")));
    }

    [Theory]
    [InlineData("100")]
    [InlineData("7.5")]
    public void A_threshold_that_is_a_percent_is_taken(string threshold)
    {
        Assert.Empty(Problems(ws => ws.Replace("mechanisms/cm.yaml", "threshold: 10", $"threshold: {threshold}")));
    }

    [Theory]
    [InlineData("municipalities")]
    [InlineData("trends")]
    [InlineData("assets")]
    [InlineData("mechanisms")]
    public void An_id_the_site_already_uses_as_a_folder_is_refused_at_the_file(string id)
    {
        Assert.Equal(
            [$"data/mechanisms/{id}.yaml:1:1: '{id}' cannot name a mechanism: the site already has a folder of that name; rename mechanisms/{id}.yaml"],
            Problems(ws => ws.Write($"mechanisms/{id}.yaml", SeriesWorkspace.Definition)));
    }

    [Fact]
    public void An_id_that_is_a_reserved_file_name_is_refused_at_the_file()
    {
        Assert.Equal(
            ["data/mechanisms/charts.yaml:1:1: 'charts' cannot be a mechanism id (the file's name): it is a reserved file name"],
            Problems(ws => ws.Write("mechanisms/charts.yaml", SeriesWorkspace.Definition)));
    }

    [Fact]
    public void An_id_that_is_not_a_code_is_refused_at_the_file()
    {
        Assert.Equal(
            ["data/mechanisms/Big One.yaml:1:1: 'Big One' is not a valid mechanism id (the file's name): use lower-case letters a–z, digits, '-' and '_', starting with a letter, at most 64 characters"],
            Problems(ws => ws.Write("mechanisms/Big One.yaml", SeriesWorkspace.Definition)));
    }

    [Fact]
    public void A_section_listed_twice_is_refused_at_the_second()
    {
        Assert.Equal(
            ["data/mechanisms/cm.yaml:21:40: section 'establishment' is listed twice"],
            Problems(ws => ws.Replace("mechanisms/cm.yaml", "sections: [establishment, functioning", "sections: [establishment, functioning, establishment")));
    }

    [Fact]
    public void An_unknown_section_is_refused_at_the_value()
    {
        Assert.Equal(
            ["data/mechanisms/cm.yaml:21:12: sections: 'establishmnet' is not allowed; use one of: establishment, functioning, people, representation, duties"],
            Problems(ws => ws.Replace("mechanisms/cm.yaml", "sections: [establishment,", "sections: [establishmnet,")));
    }

    [Fact]
    public void A_section_without_its_data_is_refused()
    {
        Assert.Equal(
            ["data/mechanisms/cm.yaml:1:1: mechanism cm: sections lists 'functioning' but the definition has no indicators"],
            Problems(ws => ws
                .Replace("mechanisms/cm.yaml", "indicators:\n  - key: meets\n    label: { sq: \"Mblidhet\", sr: \"Sastaje se\", en: \"Meets\" }\n", "indicators: []\n")
                .Write("2019/cm/municipalities.csv", SeriesWorkspace.Municipalities
                    .Replace("status,meets,", "status,", StringComparison.Ordinal)
                    .Replace("yes,yes,yes,n/a", "yes,yes,n/a", StringComparison.Ordinal)
                    .Replace("yes,no,no,yes", "yes,no,yes", StringComparison.Ordinal)
                    .Replace("yes,yes,yes,yes", "yes,yes,yes", StringComparison.Ordinal)
                    .Replace(",,,", ",,", StringComparison.Ordinal))));
    }

    [Fact]
    public void Data_without_its_section_is_refused()
    {
        Assert.Equal(
            ["data/mechanisms/cm.yaml:1:1: mechanism cm has duties but sections does not list 'duties': add it where the sheet shows it"],
            Problems(ws => ws.Replace("mechanisms/cm.yaml", "representation, duties]", "representation]")));
    }

    [Fact]
    public void A_question_key_that_is_a_column_already_is_refused_at_the_key()
    {
        Assert.Equal(
            ["data/mechanisms/cm.yaml:14:10: indicators key 'status' is a column municipalities.csv already has"],
            Problems(ws => ws.Replace("mechanisms/cm.yaml", "- key: meets", "- key: status")));
    }

    [Fact]
    public void A_key_both_indicator_and_duty_is_refused_at_the_second()
    {
        // The table's and the notes' complaints follow from the definition's; the definition names the cause.
        Assert.Contains(
            "data/mechanisms/cm.yaml:19:5: mechanism cm: 'meets' is listed twice among the indicators and duties (each is a column of municipalities.csv)",
            Problems(ws => ws.Replace("mechanisms/cm.yaml", "- key: outreach", "- key: meets")));
    }

    [Fact]
    public void Two_mechanisms_of_offices_are_refused_at_the_second()
    {
        Assert.Equal(
            ["data/mechanisms/mocr2.yaml:1:1: mechanism mocr2 says data: offices, as mocr does: only one mechanism is the MOCR of offices.csv"],
            Problems(ws => ws
                .Write("mechanisms/mocr.yaml", "order: 1\ndata: offices\nname: { sq: a, sr: b, en: c }\nplural: { sq: a, sr: b, en: c }\nabbreviation: { sq: a, sr: b, en: c }\nmandate: { sq: a, sr: b, en: c }\nlegal_basis: { sq: a, sr: b, en: c }\n")
                .Write("mechanisms/mocr2.yaml", "order: 1\ndata: offices\nname: { sq: a, sr: b, en: c }\nplural: { sq: a, sr: b, en: c }\nabbreviation: { sq: a, sr: b, en: c }\nmandate: { sq: a, sr: b, en: c }\nlegal_basis: { sq: a, sr: b, en: c }\n")));
    }

    [Fact]
    public void A_data_kind_other_than_offices_is_refused_at_the_value()
    {
        Assert.Equal(
            ["data/mechanisms/cm.yaml:2:7: data: the only built-in kind is 'offices' (the MOCR's offices.csv, staff.csv and notes.yaml); leave the key out for a mechanism of its own"],
            Problems(ws => ws.Replace("mechanisms/cm.yaml", "order: 2\n", "order: 2\ndata: members\n")));
    }
}
