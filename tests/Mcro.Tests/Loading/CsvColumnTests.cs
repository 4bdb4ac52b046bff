
namespace Mcro.Tests.Loading;

/// <summary>A file's header must name each expected column once, in any order.</summary>
public sealed class CsvColumnTests
{
    [Fact]
    public void Columns_may_come_in_any_order()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Write("communities.csv", """
            name_en,code,name_sr,name_sq
            Albanian,albanian,Albanci,Shqiptarë
            Serbian,serbian,Srbi,Serbë
            Turkish,turkish,Turci,Turq

            """);

        var result = ws.Validate();

        Assert.Empty(result.Problems);
        Assert.Equal(("serbian", "Srbi", "Serbë"), (result.Value!.Communities[1].Code, result.Value.Communities[1].Name["sr"], result.Value.Communities[1].Name["sq"]));
    }

    [Fact]
    public void Missing_column_is_named()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Write("2018/staff.csv", """
            municipality,position,community
            gjakove,head,albanian

            """);

        Assert.Equal(["data/2018/staff.csv:1:1: missing column 'gender'"], ws.Problems());
    }

    [Fact]
    public void Unknown_column_suggests_the_nearest_expected_one_and_is_not_also_reported_missing()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2018/staff.csv", "municipality,position,community,gender", "municipality,position,comunity,gender");

        Assert.Equal(
            ["data/2018/staff.csv:1:C: unknown column 'comunity'; did you mean 'community'? (expected: municipality, position, community, gender)"],
            ws.Problems());
    }

    [Fact]
    public void Unknown_column_without_a_near_name_is_listed_with_what_is_expected()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Write("communities.csv", """
            code,name_sq,name_sr,name_en,population
            albanian,Shqiptarë,Albanci,Albanian,1
            serbian,Serbë,Srbi,Serbian,2
            turkish,Turq,Turci,Turkish,3

            """);

        Assert.Equal(
            ["data/communities.csv:1:E: unknown column 'population' (expected: code, name_sq, name_sr, name_en)"],
            ws.Problems());
    }

    [Fact]
    public void Duplicated_column_is_reported_at_its_second_occurrence()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2018/staff.csv", "municipality,position,community,gender", "municipality,position,community,Gender,gender");

        Assert.Equal(["data/2018/staff.csv:1:E: column 'gender' appears twice"], ws.Problems());
    }

    [Fact]
    public void Column_without_a_name_between_named_ones_is_reported()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2018/staff.csv", "municipality,position,community,gender", "municipality,position,,community,gender");

        Assert.Equal(
            ["data/2018/staff.csv:1:C: column 3 has no name; expected columns: municipality, position, community, gender"],
            ws.Problems());
    }

    [Fact]
    public void Offices_need_one_column_per_task_of_tasks_csv()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/offices.csv", ",advice,public_information", ",advise,public_information");

        Assert.Equal(
            ["data/2019/offices.csv:1:J: unknown column 'advise'; did you mean 'advice'? (expected: municipality, work_plan, annual_report, contacts, assessment, coordination, projects, participation, policy_monitoring, advice, public_information)"],
            ws.Problems());
    }
}
