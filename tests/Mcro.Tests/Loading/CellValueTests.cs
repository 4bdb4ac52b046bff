
namespace Mcro.Tests.Loading;

/// <summary>Each cell is checked against its domain, and the message lists what is allowed.</summary>
public sealed class CellValueTests
{
    [Fact]
    public void Work_plan_outside_yes_no_lists_the_allowed_answers()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/offices.csv", "zvecan,no,no,", "zvecan,maybe,no,");

        Assert.Equal(["data/2019/offices.csv:7:B (work_plan): work_plan: 'maybe' is not allowed; use one of: yes, no"], ws.Problems());
    }

    [Fact]
    public void Task_answer_outside_yes_no_na_lists_the_allowed_answers()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/offices.csv", "zvecan,no,no,yes,", "zvecan,no,no,po,");

        Assert.Equal(["data/2019/offices.csv:7:D (contacts): contacts: 'po' is not allowed; use one of: yes, no, n/a"], ws.Problems());
    }

    [Fact]
    public void Answers_are_read_in_any_letter_case()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2018/offices.csv", "mamushe,yes,yes,yes,yes,n/a,", "mamushe,Yes,YES,yes,yes,N/A,");

        var result = ws.Validate();

        Assert.Empty(result.Problems);
        Assert.Equal(Model.Answer.NotApplicable, result.Value!.Years[2018].Offices[3].TaskAnswer("coordination"));
    }

    [Fact]
    public void Gender_outside_its_domain_lists_the_allowed_values()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/staff.csv", "zvecan,staff,albanian,male", "zvecan,staff,albanian,m");

        Assert.Equal(["data/2019/staff.csv:13:D (gender): gender: 'm' is not allowed; use one of: female, male"], ws.Problems());
    }

    [Fact]
    public void Similar_office_outside_yes_no_lists_the_allowed_values()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("municipalities.csv", "Leposaviq/Leposavić,,yes", "Leposaviq/Leposavić,,po");

        Assert.Equal(["data/municipalities.csv:8:F (similar_office): similar_office: 'po' is not allowed; use one of: yes, no"], ws.Problems());
    }

    [Fact]
    public void Mocr_since_must_be_a_plausible_year()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("municipalities.csv", "Zveçan/Zvečan,2019,no", "Zveçan/Zvečan,19,no");

        Assert.Equal(["data/municipalities.csv:7:E (mocr_since): mocr_since: '19' is not a year (four digits, 1990–2100)"], ws.Problems());
    }

    [Fact]
    public void Code_with_capitals_or_spaces_is_refused_with_the_allowed_shape()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("communities.csv", "turkish,Turq", "Turkish people,Turq");

        Assert.Equal(
            ["data/communities.csv:4:A (code): 'Turkish people' is not a valid community code: use lower-case letters a–z, digits, '-' and '_', starting with a letter, at most 64 characters"],
            ws.Problems());
    }

    [Fact]
    public void Code_that_is_a_reserved_file_name_is_refused()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("municipalities.csv", "leposaviq,Leposaviq", "con,Leposaviq");

        Assert.Equal(["data/municipalities.csv:8:A (code): 'con' cannot be a municipality code: it is a reserved file name"], ws.Problems());
    }

    [Fact]
    public void Empty_code_is_reported_as_missing()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2018/staff.csv", "junik,head,albanian,male", "junik,head,,male");

        Assert.Equal(["data/2018/staff.csv:10:C (community): community code is empty for 'junik'"], ws.Problems());
    }

    [Fact]
    public void Empty_name_is_reported_as_missing()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("municipalities.csv", "junik,Junik,Junik,Junik", "junik,Junik,,Junik");

        Assert.Equal(["data/municipalities.csv:6:C (name_sr): name_sr is empty for 'junik'"], ws.Problems());
    }

    [Fact]
    public void Invisible_character_in_a_name_is_pointed_at()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("municipalities.csv", "gjakove,Gjakovë,Đakovica", "gjakove,Gjakovë,Đako\u200Bvica");

        Assert.Equal(
            ["data/municipalities.csv:2:C (name_sr): name_sr contains the invisible character U+200B ZERO WIDTH SPACE at character 5 of 'Đako\\u200Bvica'; delete it"],
            ws.Problems());
    }

    [Fact]
    public void Every_bad_cell_of_a_row_is_reported()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/staff.csv", "zvecan,staff,albanian,male", "zvecan,boss,albanian,man");

        Assert.Equal(
            [
                "data/2019/staff.csv:13:B (position): position: 'boss' is not allowed; use one of: head, staff",
                "data/2019/staff.csv:13:D (gender): gender: 'man' is not allowed; use one of: female, male",
            ],
            ws.Problems());
    }

    [Fact]
    public void An_empty_answer_says_it_is_empty_and_whose_row_it_is()
    {
        using var ws = DataWorkspace.CopyOf();
        var line = ws.Read("2019/offices.csv").Split('\n')[1];
        var cells = line.Split(',');
        ws.Replace("2019/offices.csv", line, string.Join(',', cells.Select((c, i) => i == 5 ? "" : c)));

        Assert.Equal([$"data/2019/offices.csv:2:F (coordination): coordination is empty for '{cells[0]}'; write yes, no or n/a"], ws.Problems());
    }

    [Theory]
    [InlineData("Gjakove")]
    [InlineData("GJAKOVE")]
    public void A_code_in_the_wrong_case_is_named_with_the_code_it_should_be(string typed)
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/offices.csv", "\ngjakove,", $"\n{typed},");

        Assert.Contains($"data/2019/offices.csv:2:A (municipality): '{typed}' is not a valid municipality code: codes are in lower case without blanks; write 'gjakove'", ws.Problems());
    }
}
