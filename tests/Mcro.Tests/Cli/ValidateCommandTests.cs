
namespace Mcro.Tests.Cli;

/// <summary>mcro validate as a CI script sees it: exit code, one line per problem, a summary when clean.</summary>
public sealed class ValidateCommandTests
{
    [Fact]
    public void Clean_dataset_exits_0_with_a_one_line_summary()
    {
        using var ws = DataWorkspace.CopyOf();

        var run = CliRun.Of("validate", "--data", ws.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("ok: 2 year(s) (2018, 2019), 7 municipalities, 5/6 offices, 21 staff rows checked; no problems\n", run.Output);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Problems_exit_1_one_line_each_sorted_and_counted_on_stderr()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/staff.csv", "zvecan,staff,albanian,male", "zvecan,staff,albanian,m");
        ws.Replace("2018/offices.csv", "ferizaj,yes,no,", "ferizaj,yes,nope,");

        var run = CliRun.Of("validate", "--data", ws.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                $"{ws.Root}/2018/offices.csv:3:C (annual_report): annual_report: 'nope' is not allowed; use one of: yes, no",
                $"{ws.Root}/2019/staff.csv:13:D (gender): gender: 'm' is not allowed; use one of: female, male",
            ],
            run.OutputLines);
        Assert.Equal("2 problems found.\n", run.Error);
    }

    [Fact]
    public void Files_are_named_under_the_folder_as_the_user_wrote_it()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("communities.csv", "turkish,Turq", "Turkish,Turq");

        var run = CliRun.Of("validate", "--data", ws.Root + "/");

        Assert.StartsWith($"{ws.Root}/communities.csv:4:A (code): 'Turkish' is not a valid community code", run.Output);
    }

    [Fact]
    public void Year_without_data_lists_the_years_available()
    {
        using var ws = DataWorkspace.CopyOf();

        var run = CliRun.Of("validate", "--data", ws.Root, "--year", "2017");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"{ws.Root}: no data for 2017; years available: 2018, 2019"], run.OutputLines);
    }

    [Fact]
    public void Only_the_year_asked_for_is_checked()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2018/offices.csv", "ferizaj,yes,no,", "ferizaj,yes,nope,");

        var run = CliRun.Of("validate", "--data", ws.Root, "--year", "2019");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("ok: 1 year(s) (2019), 7 municipalities, 6 offices, 12 staff rows checked; no problems\n", run.Output);
    }

    [Theory]
    [InlineData("2018,2019")]
    [InlineData("all")]
    public void Several_years_or_all_may_be_asked_for(string years)
    {
        using var ws = DataWorkspace.CopyOf();

        var run = CliRun.Of("validate", "--data", ws.Root, "--year", years);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("ok: 2 year(s) (2018, 2019),", run.Output);
    }

    [Fact]
    public void Year_that_is_not_four_digits_is_refused_before_anything_is_read()
    {
        using var ws = DataWorkspace.CopyOf();

        var run = CliRun.Of("validate", "--data", ws.Root, "--year", "19");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--year: '19' is not a year; write four digits (2019), a list (2018,2019) or all", run.Error);
        Assert.DoesNotContain("ok:", run.Output);
    }

    [Fact]
    public void Unknown_format_is_refused()
    {
        using var ws = DataWorkspace.CopyOf();

        var run = CliRun.Of("validate", "--data", ws.Root, "--format", "xml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--format: 'xml' is not a format; write text, json or github", run.Error);
        Assert.DoesNotContain("Mcro.", run.Error);
    }

    [Fact]
    public void Missing_data_folder_says_how_to_pass_one()
    {
        using var ws = DataWorkspace.CopyOf();
        var missing = Path.Combine(ws.Root, "nowhere");

        var run = CliRun.Of("validate", "--data", missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"{missing}: data folder not found; pass the dataset folder with --data"], run.OutputLines);
    }

    [Fact]
    public void The_bundled_sample_data_validates_clean()
    {
        var run = CliRun.Of("validate", "--data", RepositoryRoot.Data);

        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("ok: ", run.Output);
    }
}
