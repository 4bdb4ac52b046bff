
namespace Mcro.Tests.Validation;

/// <summary>staff.csv rows belong to a MOCR of that year, name a known community, and an office has at most one head.</summary>
public sealed class StaffRulesTests
{
    [Fact]
    public void Unknown_municipality_suggests_the_nearest_code()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/staff.csv", "mamushe,staff,albanian,female", "mamusha,staff,albanian,female");

        Assert.Equal(["data/2019/staff.csv:10:A (municipality): unknown municipality 'mamusha'; did you mean 'mamushe'?"], ws.Problems());
    }

    [Fact]
    public void Staff_of_a_municipality_without_a_mocr_that_year_is_refused()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Append("2018/staff.csv", "zvecan,head,serbian,female\n");

        Assert.Equal(
            ["data/2018/staff.csv:11:A (municipality): 'zvecan' has no MOCR in 2018: its MOCR was established in 2019 (data/municipalities.csv:7)"],
            ws.Problems());
    }

    [Fact]
    public void Staff_of_a_similar_office_is_refused()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Append("2019/staff.csv", "leposaviq,staff,serbian,male\n");

        Assert.Equal(
            ["data/2019/staff.csv:14:A (municipality): 'leposaviq' has no MOCR (data/municipalities.csv:8 has no mocr_since)"],
            ws.Problems());
    }

    [Fact]
    public void Unknown_community_suggests_the_nearest_code()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/staff.csv", "ferizaj,staff,turkish,male", "ferizaj,staff,turkih,male");

        Assert.Equal(["data/2019/staff.csv:6:C (community): unknown community 'turkih'; did you mean 'turkish'?"], ws.Problems());
    }

    [Fact]
    public void Second_head_of_an_office_names_the_first()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/staff.csv", "ferizaj,staff,turkish,male", "ferizaj,head,turkish,male");

        Assert.Equal(
            ["data/2019/staff.csv:6:B (position): 'ferizaj' has a second head (first on line 4); an office has at most one"],
            ws.Problems());
    }

    [Fact]
    public void An_office_without_staff_rows_is_allowed()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/staff.csv", "junik,head,albanian,male\n", "");

        Assert.Empty(ws.Problems());
    }
}
