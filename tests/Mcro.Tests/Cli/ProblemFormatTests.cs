using System.Text.Json;

namespace Mcro.Tests.Cli;

/// <summary>--format text|json|github: the same problems for people, for tools and for pull-request annotations.</summary>
public sealed class ProblemFormatTests
{
    [Fact]
    public void Json_of_a_clean_dataset_is_ok_with_a_summary()
    {
        using var ws = DataWorkspace.CopyOf();

        var run = CliRun.Of("validate", "--data", ws.Root, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.True(root.GetProperty("ok").GetBoolean());
        Assert.Equal(0, root.GetProperty("problems").GetArrayLength());
        var summary = root.GetProperty("summary");
        Assert.Equal([2018, 2019], summary.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
        Assert.Equal(7, summary.GetProperty("municipalities").GetInt32());
        Assert.Equal(21, summary.GetProperty("staffRows").GetInt32());
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Json_lists_each_problem_with_file_line_column_rule_and_message()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/staff.csv", "zvecan,staff,albanian,male", "zvecan,staff,albanian,m");
        ws.Replace("municipalities.csv", "gjakove,Gjakovë,Đakovica", "gjakove,Gjakovë,\"Đakovica\u200B\"");

        var run = CliRun.Of("validate", "--data", ws.Root, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.False(root.GetProperty("ok").GetBoolean());
        Assert.False(root.TryGetProperty("summary", out _));
        var problems = root.GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("file").GetString(), p.GetProperty("line").GetInt32(), p.GetProperty("column").GetInt32(),
                p.GetProperty("rule").GetString(), p.GetProperty("message").GetString()))
            .ToList();
        Assert.Equal(
            [
                ($"{ws.Root}/2019/staff.csv", 13, 23, "value-domain", "gender: 'm' is not allowed; use one of: female, male"),
                ($"{ws.Root}/municipalities.csv", 2, 26, "invisible-character", "name_sr contains the invisible character U+200B ZERO WIDTH SPACE at character 9 of 'Đakovica\\u200B'; delete it"),
            ],
            problems);
        // A CSV cell also names its spreadsheet column: letter and header.
        Assert.Equal(
            [("D", "gender"), ("C", "name_sr")],
            root.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("cell").GetString(), p.GetProperty("header").GetString())).ToList());
        // Letters stay readable in the JSON text, as UTF-8, not \u escapes.
        Assert.Contains("Đakovica", run.Output);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Json_of_a_problem_without_a_line_has_line_and_column_0()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Delete("2019/staff.csv");

        var run = CliRun.Of("validate", "--data", ws.Root, "--format", "json");

        using var json = JsonDocument.Parse(run.Output);
        var problem = Assert.Single(json.RootElement.GetProperty("problems").EnumerateArray().ToList());
        Assert.Equal(0, problem.GetProperty("line").GetInt32());
        Assert.Equal(0, problem.GetProperty("column").GetInt32());
        Assert.Equal(JsonValueKind.Null, problem.GetProperty("cell").ValueKind);
        Assert.Equal(JsonValueKind.Null, problem.GetProperty("header").ValueKind);
        Assert.Equal("file-missing", problem.GetProperty("rule").GetString());
    }

    [Fact]
    public void Github_prints_one_error_annotation_per_problem()
    {
        using var ws = DataWorkspace.CopyOf(folderName: "data");
        ws.Replace("2019/staff.csv", "zvecan,staff,albanian,male", "zvecan,staff,albanian,m");

        var run = CliRun.Of("validate", "--data", ws.Root, "--format", "github");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [$"::error file={ws.Root.Replace(":", "%3A", StringComparison.Ordinal)}/2019/staff.csv,line=13,col=23,title=mcro value-domain in column D (gender)::gender: 'm' is not allowed; use one of: female, male", "mcro validate: 1 problem found"],
            run.OutputLines);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Github_escapes_comma_and_colon_in_the_file_property_and_percent_in_the_message()
    {
        using var ws = DataWorkspace.CopyOf(folderName: "data,v1:final");
        ws.Replace("2019/staff.csv", "zvecan,staff,albanian,male", "zvecan,staff,albanian,50%");

        var run = CliRun.Of("validate", "--data", ws.Root, "--format", "github");

        var escapedRoot = ws.Root.Replace("%", "%25", StringComparison.Ordinal).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
        Assert.EndsWith("data%2Cv1%3Afinal", escapedRoot);
        Assert.Equal(
            [$"::error file={escapedRoot}/2019/staff.csv,line=13,col=23,title=mcro value-domain in column D (gender)::gender: '50%25' is not allowed; use one of: female, male", "mcro validate: 1 problem found"],
            run.OutputLines);
    }

    [Fact]
    public void Github_annotation_of_a_whole_file_problem_has_no_line()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Delete("2019/staff.csv");

        var run = CliRun.Of("validate", "--data", ws.Root, "--format", "github");

        Assert.Equal(
            [$"::error file={ws.Root}/2019/staff.csv,title=mcro file-missing::missing file (see docs/data-format.md for what it holds)", "mcro validate: 1 problem found"],
            run.OutputLines);
    }

    [Fact]
    public void Github_format_of_a_clean_dataset_prints_the_summary()
    {
        using var ws = DataWorkspace.CopyOf();

        var run = CliRun.Of("validate", "--data", ws.Root, "--format", "github");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["ok: 2 year(s) (2018, 2019), 7 municipalities, 5/6 offices, 21 staff rows checked; no problems"], run.OutputLines);
    }
}
