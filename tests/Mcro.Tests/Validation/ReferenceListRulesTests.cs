
namespace Mcro.Tests.Validation;

/// <summary>municipalities.csv, communities.csv and tasks.csv: each code once, and no MOCR beside a similar office.</summary>
public sealed class ReferenceListRulesTests
{
    [Fact]
    public void Municipality_listed_twice_names_the_first_line()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Append("municipalities.csv", "junik,Junik,Junik,Junik,2013,no\n");

        Assert.Equal(["data/municipalities.csv:9:A (code): municipality 'junik' is listed twice (first on line 6)"], ws.Problems());
    }

    [Fact]
    public void Community_listed_twice_names_the_first_line()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Append("communities.csv", "serbian,Serbë,Srbi,Serbian\n");

        Assert.Equal(["data/communities.csv:5:A (code): community 'serbian' is listed twice (first on line 3)"], ws.Problems());
    }

    [Fact]
    public void Task_listed_twice_names_the_first_line()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Append("tasks.csv", "advice,Këshilla,Saveti,Advice\n");

        Assert.Equal(["data/tasks.csv:10:A (key): task 'advice' is listed twice (first on line 8)"], ws.Problems());
    }

    [Fact]
    public void Municipality_with_a_mocr_cannot_also_have_a_similar_office()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("municipalities.csv", "Leposaviq/Leposavić,,yes", "Leposaviq/Leposavić,2020,yes");

        Assert.Equal(
            ["data/municipalities.csv:8:A (code): municipality 'leposaviq' has both a MOCR and a similar office in 2020; a similar office is one that is not a MOCR: end the similar office with similar_office_until 2019, or start the MOCR later"],
            ws.Problems());
    }

    [Fact]
    public void A_similar_office_that_ends_the_year_before_the_mocr_opens_is_history_not_a_conflict()
    {
        using var ws = DataWorkspace.CopyOf();
        WithColumn(ws, "similar_office_until", "2019");
        ws.Replace("municipalities.csv", "Leposaviq/Leposavić,,yes", "Leposaviq/Leposavić,2020,yes");

        Assert.Empty(ws.Problems());
    }

    [Theory]
    [InlineData("mocr_until", "2019", ",no", "municipality 'leposaviq' has mocr_until 2019 but no mocr_since; write the year its MOCR was established")]
    [InlineData("mocr_until", "2014", "2015,no", "municipality 'leposaviq': mocr_until 2014 is before mocr_since 2015")]
    [InlineData("similar_office_until", "2012", "2010,yes", "municipality 'leposaviq' has both a MOCR and a similar office in 2010; a similar office is one that is not a MOCR: end the similar office with similar_office_until 2009, or start the MOCR later")]
    public void Office_years_that_contradict_each_other_are_refused(string column, string value, string mocrAndSimilar, string expected)
    {
        using var ws = DataWorkspace.CopyOf();
        WithColumn(ws, column, value);
        ws.Replace("municipalities.csv", "Leposaviq/Leposavić,,yes", $"Leposaviq/Leposavić,{mocrAndSimilar}");

        // A MOCR from 2010 also lacks rows in the years' offices.csv: only the reference-data problem is asserted here.
        Assert.Equal([$"data/municipalities.csv:8:A (code): {expected}"], ws.Problems().Where(p => p.StartsWith("data/municipalities.csv", StringComparison.Ordinal)));
    }

    /// <summary>Adds an optional column to municipalities.csv: empty for every row but leposaviq's.</summary>
    private static void WithColumn(DataWorkspace ws, string column, string leposaviq)
    {
        var lines = ws.Read("municipalities.csv").Split('\n');
        ws.Write("municipalities.csv", string.Join('\n', lines.Select((line, i) =>
            line.Length == 0 ? line : i == 0 ? $"{line},{column}" : line.StartsWith("leposaviq,", StringComparison.Ordinal) ? $"{line},{leposaviq}" : $"{line},")));
    }
}
