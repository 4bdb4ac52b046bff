using System.CommandLine;
using System.Text.Json;
using Mcro.Cli;
using Mcro.Downloads;
using Mcro.Indicators;

namespace Mcro.Tests.Indicators;

public class IndicatorsCommandTests
{
    private static CliRun Run(bool terminal, params string[] args) =>
        CliRun.With(new RootCommand { new IndicatorsCommand(_ => terminal), new ValidateCommand() }, args);

    private static CliRun Run(params string[] args) => Run(false, args);

    [Fact]
    public void Json_on_the_sample_data_is_the_contract_with_both_2018_exclusions()
    {
        var (code, output, error) = Run("indicators", "--year", "2018", "--format", "json", "--data", SampleData.Folder);

        Assert.Equal((ExitCodes.Success, ""), (code, error));
        // 2018 is the first year of the data: no change.
        Assert.Equal(IndicatorsJsonWriter.Write(IndicatorCalculator.Compute(SampleData.Dataset, 2018)), output);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(
            new[] { "year", "municipalities", "offices", "firstEstablished", "similarOffices", "workPlans", "annualReports", "staff", "tasks", "tasksPerformed", "perOffice", "change" },
            root.EnumerateObject().Select(p => p.Name));
        var coordination = root.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("task").GetString() == "coordination");
        Assert.Equal(new[] { "junik", "mamushe" }, coordination.GetProperty("excluded").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(new[] { "junik" }, root.GetProperty("tasksPerformed").GetProperty("excluded").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(
            new[] { "municipality", "workPlan", "annualReport", "tasksPerformed", "staff", "taskAnswers", "excludedTasks" },
            root.GetProperty("perOffice")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Table_is_the_default_on_a_terminal_and_json_when_output_is_redirected()
    {
        var onTerminal = Run(terminal: true, "indicators", "--year", "2018", "--data", SampleData.Folder).Output;
        var redirected = Run(terminal: false, "indicators", "--year", "2018", "--data", SampleData.Folder).Output;

        Assert.StartsWith("MOCR indicators 2018\n", onTerminal);
        Assert.StartsWith("{\n  \"year\": 2018,", redirected);
    }

    [Fact]
    public void Table_and_csv_show_the_same_figures_as_json()
    {
        var figures = IndicatorCalculator.Compute(SampleData.Dataset, 2018);
        var table = Run("indicators", "--year", "2018", "--format", "table", "--data", SampleData.Folder).Output.Split('\n');
        var csv = Run("indicators", "--year", "2018", "--format", "csv", "--data", SampleData.Folder).Output.Split('\n');

        Assert.Equal(IndicatorsCsvWriter.Write(figures).Split('\n'), csv);
        foreach (var task in figures.Tasks)
        {
            Assert.Contains($"2018,tasks.performed,,,{task.Task},,{task.Performed}", csv);
            Assert.Contains($"2018,tasks.notPerformed,,,{task.Task},,{task.NotPerformed}", csv);
            Assert.Contains(table, line => Words(line).SequenceEqual(
                [task.Task, $"{task.Performed}", $"{task.NotPerformed}", $"{task.Excluded.Length}", .. Words(string.Join(", ", task.Excluded))]));
        }
        foreach (var c in figures.Staff.ByCommunity)
            Assert.Contains(table, line => Words(line).SequenceEqual([c.Community, $"{c.Female}", $"{c.Male}", $"{c.Total}"]));
        Assert.Contains(table, line => Words(line).SequenceEqual(["MOCRs", .. figures.TasksPerformed.Distribution.Select(n => $"{n}")]));
        Assert.Contains(table, line => Words(line).SequenceEqual(["work", "plans", $"{figures.WorkPlans.Yes}", $"{figures.WorkPlans.No}"]));
        Assert.Contains("excluded from all tasks: junik", table);
        Assert.Contains(table, line => line.StartsWith("junik ", StringComparison.Ordinal) && line.EndsWith("all tasks", StringComparison.Ordinal));
        Assert.Contains(table, line => line.StartsWith("mamushe ", StringComparison.Ordinal) && line.EndsWith("coordination", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_data_fails_with_the_messages_of_validate_and_prints_no_figures()
    {
        using var data = DataWorkspace.CopyOf(SampleData.Folder);
        data.Replace("2018/offices.csv", "junik,yes,no,n/a,n/a", "junik,yes,no,yes,n/a");

        var indicators = Run("indicators", "--year", "2018", "--format", "json", "--data", data.Root);
        var validate = Run("validate", "--year", "2018", "--data", data.Root);

        Assert.Equal(ExitCodes.Problems, indicators.ExitCode);
        Assert.Equal("", indicators.Output);
        Assert.Contains("is excluded from 'contacts'", indicators.Error);
        Assert.Equal(validate.Output, indicators.Error.Replace("1 problem(s) found.\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal));
    }

    [Fact]
    public void A_year_without_data_is_a_problem_naming_the_years_available()
    {
        var (code, output, error) = Run("indicators", "--year", "2031", "--data", SampleData.Folder);

        Assert.Equal((ExitCodes.Problems, ""), (code, output));
        Assert.Contains("no data for 2031; years available: 2018, 2019", error);
    }

    [Theory]
    [InlineData("19")]
    [InlineData("twenty")]
    public void A_year_that_is_not_four_digits_is_refused_before_anything_is_read(string year)
    {
        var (code, _, error) = Run("indicators", "--year", year, "--data", "does-not-exist");

        Assert.Equal(ExitCodes.Problems, code);
        Assert.Contains($"--year: '{year}' is not a year", error);
        Assert.DoesNotContain("data folder not found", error);
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("1")]
    [InlineData("json,csv")]
    public void An_unknown_format_is_refused_with_the_formats_there_are(string format)
    {
        var (code, _, error) = Run("indicators", "--year", "2018", "--format", format, "--data", SampleData.Folder);

        Assert.Equal(ExitCodes.Problems, code);
        Assert.Contains($"--format: '{format}' is not a format; write json, csv or table", error);
    }

    [Theory]
    [InlineData("CSV", "year,figure,")]
    [InlineData("Table", "MOCR indicators 2018")]
    public void Format_names_are_accepted_in_any_letter_case(string format, string start)
    {
        Assert.StartsWith(start, Run("indicators", "--year", "2018", "--format", format, "--data", SampleData.Folder).Output);
    }

    [Fact]
    public void The_indicators_command_is_registered_in_the_app()
    {
        Assert.Contains(McroApp.CreateRootCommand().Subcommands, c => c.Name == "indicators");
    }

    private static string[] Words(string line) => line.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
}
