
namespace Mcro.Tests.Validation;

/// <summary>offices.csv holds exactly one row for each MOCR of its year.</summary>
public sealed class OfficeRulesTests
{
    [Fact]
    public void Second_row_for_an_office_names_the_first()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Append("2019/offices.csv", "ferizaj,yes,yes,yes,yes,yes,yes,yes,no,yes,yes\n");

        Assert.Equal(["data/2019/offices.csv:8:A (municipality): office 'ferizaj' has a second row (first on line 3)"], ws.Problems());
    }

    [Fact]
    public void Unknown_municipality_suggests_the_nearest_code()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/offices.csv", "mitrovice-south,", "mitrovica-south,");

        Assert.Equal(
            [
                "data/2019/offices.csv:1:1: 'mitrovice-south' has a MOCR since 2010 (data/municipalities.csv:4) but no row in this file",
                "data/2019/offices.csv:4:A (municipality): unknown municipality 'mitrovica-south'; did you mean 'mitrovice-south'?",
            ],
            ws.Problems());
    }

    [Fact]
    public void Unknown_municipality_far_from_every_code_gets_no_suggestion()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Append("2019/offices.csv", "prishtine,yes,yes,yes,yes,yes,yes,yes,no,yes,yes\n");

        Assert.Equal(["data/2019/offices.csv:8:A (municipality): unknown municipality 'prishtine'"], ws.Problems());
    }

    [Fact]
    public void Row_for_a_municipality_whose_mocr_came_later_is_refused()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Append("2018/offices.csv", "zvecan,no,no,yes,no,no,no,no,no,no,no\n");

        Assert.Equal(
            ["data/2018/offices.csv:7:A (municipality): 'zvecan' has no MOCR in 2018: its MOCR was established in 2019 (data/municipalities.csv:7)"],
            ws.Problems());
    }

    [Fact]
    public void Row_for_a_municipality_without_a_mocr_is_refused()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Append("2019/offices.csv", "leposaviq,no,no,yes,no,no,no,no,no,no,no\n");

        Assert.Equal(
            ["data/2019/offices.csv:8:A (municipality): 'leposaviq' has no MOCR (data/municipalities.csv:8 has no mocr_since)"],
            ws.Problems());
    }

    [Fact]
    public void Mocr_of_the_year_without_a_row_is_missing()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/offices.csv", "zvecan,no,no,yes,no,no,no,no,no,no,no\n", "");

        Assert.Equal(
            ["data/2019/offices.csv:1:1: 'zvecan' has a MOCR since 2019 (data/municipalities.csv:7) but no row in this file"],
            ws.Problems());
    }

    [Fact]
    public void Missing_rows_are_not_claimed_when_some_rows_could_not_be_read()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/offices.csv", "zvecan,no,no,", "zvecan,nope,no,");

        Assert.Equal(["data/2019/offices.csv:7:B (work_plan): work_plan: 'nope' is not allowed; use one of: yes, no"], ws.Problems());
    }
}
