namespace Mcro.Tests.Loading;

/// <summary>A row with several mistakes reports every one of them in one run, in the order of the file's lines and columns.</summary>
public sealed class RowProblemsTests
{
    [Fact]
    public void A_staff_row_reports_its_unknown_codes_beside_its_wrong_word()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/staff.csv", "gjakove,staff,serbian,female", "gjakovx,staff,serbiann,femal");

        var problems = ws.ProblemsWithRules().Where(p => p.Contains("2019/staff.csv", StringComparison.Ordinal)).ToList();

        Assert.Collection(problems,
            p => Assert.Contains("unknown-code | data/2019/staff.csv:3:A (municipality): unknown municipality 'gjakovx'; did you mean 'gjakove'?", p),
            p => Assert.Contains("unknown-code | data/2019/staff.csv:3:C (community): unknown community 'serbiann'; did you mean 'serbian'?", p),
            p => Assert.Contains("value-domain | data/2019/staff.csv:3:D (gender): gender: 'femal' is not allowed", p));
    }

    [Fact]
    public void An_office_row_reports_its_unknown_municipality_beside_its_wrong_answers()
    {
        using var ws = DataWorkspace.CopyOf();
        var row = ws.Read("2019/offices.csv").Split('\n')[1];
        ws.Replace("2019/offices.csv", row, "gjakovx,maybe" + row[(row.IndexOf(",yes", StringComparison.Ordinal) + 4)..].Replace(",no,", ",nope,", StringComparison.Ordinal));

        var problems = ws.ProblemsWithRules().Where(p => p.Contains("2019/offices.csv:2:", StringComparison.Ordinal)).ToList();

        Assert.Collection(problems,
            p => Assert.Contains("unknown-code | data/2019/offices.csv:2:A (municipality): unknown municipality 'gjakovx'", p),
            p => Assert.Contains("value-domain | data/2019/offices.csv:2:B (work_plan): work_plan: 'maybe' is not allowed", p),
            p => Assert.Contains("value-domain | data/2019/offices.csv:2:", p));
    }

    [Theory]
    [InlineData("communities.csv", "serbian,Serbë,Srbi,Serbian", "Serbian X,,Srbi,Serbian")]
    [InlineData("tasks.csv", "coordination,", "Coordination X,")]
    public void A_reference_list_row_reports_its_bad_code_and_its_empty_name(string file, string row, string broken)
    {
        using var ws = DataWorkspace.CopyOf();
        if (file == "tasks.csv")
        {
            // The name is quoted (it holds commas): the whole quoted value goes.
            var text = ws.Read(file);
            var start = text.IndexOf(row, StringComparison.Ordinal);
            var end = text.IndexOf("\",", start, StringComparison.Ordinal) + 2;
            ws.Write(file, text[..start] + broken + "," + text[end..]);
        }
        else ws.Replace(file, row, broken);

        var problems = ws.ProblemsWithRules().Where(p => p.Contains($"data/{file}:", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, problems.Count);
        Assert.StartsWith("code-shape | ", problems[0], StringComparison.Ordinal);
        Assert.Contains(":A (", problems[0], StringComparison.Ordinal);
        Assert.StartsWith("value-missing | ", problems[1], StringComparison.Ordinal);
        Assert.Contains(":B (name_sq): name_sq is empty", problems[1], StringComparison.Ordinal);
    }
}
