
namespace Mcro.Tests.Validation;

/// <summary>municipalities.csv, communities.csv and tasks.csv: each code once, and no MOCR beside a similar office.</summary>
public sealed class ReferenceListRulesTests
{
    [Fact]
    public void Municipality_listed_twice_names_the_first_line()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Append("municipalities.csv", "junik,Junik,Junik,Junik,2013,no\n");

        Assert.Equal(["data/municipalities.csv:9:1: municipality 'junik' is listed twice (first on line 6)"], ws.Problems());
    }

    [Fact]
    public void Community_listed_twice_names_the_first_line()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Append("communities.csv", "serbian,Serbë,Srbi,Serbian\n");

        Assert.Equal(["data/communities.csv:5:1: community 'serbian' is listed twice (first on line 3)"], ws.Problems());
    }

    [Fact]
    public void Task_listed_twice_names_the_first_line()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Append("tasks.csv", "advice,Këshilla,Saveti,Advice\n");

        Assert.Equal(["data/tasks.csv:10:1: task 'advice' is listed twice (first on line 8)"], ws.Problems());
    }

    [Fact]
    public void Municipality_with_a_mocr_cannot_also_have_a_similar_office()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("municipalities.csv", "Leposaviq/Leposavić,,yes", "Leposaviq/Leposavić,2020,yes");

        Assert.Equal(
            ["data/municipalities.csv:8:1: municipality 'leposaviq' has a MOCR (mocr_since 2020) and similar_office yes; a similar office is one that is not a MOCR"],
            ws.Problems());
    }
}
