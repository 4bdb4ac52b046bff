namespace Mcro.Tests.Cli;

/// <summary>mcro new-year writes a year to fill in; validate then lists, cell by cell, what is left.</summary>
public sealed class NewYearCommandTests
{
    [Fact]
    public void A_new_year_has_a_row_per_mocr_with_empty_answers_the_staff_and_the_notes_commented_out()
    {
        using var ws = DataWorkspace.CopyOf();

        var run = CliRun.Of("new-year", "2020", "--data", ws.Root);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("offices.csv (6 MOCR(s), every answer empty), staff.csv (from 2019), notes.yaml (2019's notes, commented out), year.yaml (status: draft)", run.Output);
        var offices = ws.Read("2020/offices.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["gjakove", "ferizaj", "mitrovice-south", "mamushe", "junik", "zvecan"], offices.Skip(1).Select(l => l.Split(',')[0]));
        Assert.All(offices.Skip(1), l => Assert.EndsWith(",,,,,,,,,,", l, StringComparison.Ordinal));
        Assert.All(offices.Skip(1), l => Assert.Equal(11, l.Split(',').Length));
        Assert.Equal(ws.Read("2019/staff.csv").ReplaceLineEndings("\n").TrimEnd('\n'), ws.Read("2020/staff.csv").TrimEnd('\n'));
        Assert.Contains("# exclusions: []", ws.Read("2020/notes.yaml"));
        Assert.Contains("\nexclusions: []\nnotes: []\n", ws.Read("2020/notes.yaml"));
    }

    [Fact]
    public void The_new_year_is_a_draft_that_validate_reports_as_a_to_do_list_and_passes()
    {
        using var ws = DataWorkspace.CopyOf();
        Assert.Equal(0, CliRun.Of("new-year", "2020", "--data", ws.Root).ExitCode);

        var run = CliRun.Of("validate", "--data", ws.Root);

        Assert.Contains("status: draft\n", ws.Read("2020/year.yaml"));
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("2020 (draft): offices 0 of 6 filled, staff 0 of 6 (staff.csv as in 2019), 0 exclusions without reasons; 61 to fix: offices.csv 60, staff.csv 1", run.OutputLines);
        Assert.Contains($"{ws.Root}/2020/staff.csv: warning: the same as 2019/staff.csv, byte for byte: copied and not yet brought up to date? 2020's sheets would show 2019's staff", run.OutputLines);
    }

    [Fact]
    public void Validate_on_the_new_year_published_lists_every_empty_cell_with_its_position_and_exits_1()
    {
        using var ws = DataWorkspace.CopyOf();
        Assert.Equal(0, CliRun.Of("new-year", "2020", "--from", "2018", "--data", ws.Root).ExitCode);
        ws.Replace("2020/year.yaml", "status: draft\n", "");

        var run = CliRun.Of("validate", "--data", ws.Root, "--year", "2020");

        Assert.Equal(1, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6 * 10, lines.Length);
        Assert.Equal($"{ws.Root}/2020/offices.csv:2:B (work_plan): work_plan is empty for 'gjakove'; write yes or no", lines[0]);
        Assert.Contains($"{ws.Root}/2020/offices.csv:7:K (public_information): public_information is empty for 'zvecan'; write yes, no or n/a", lines);
    }

    [Fact]
    public void An_existing_year_is_never_overwritten()
    {
        using var ws = DataWorkspace.CopyOf();
        var before = ws.Read("2019/offices.csv");

        var run = CliRun.Of("new-year", "2019", "--data", ws.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{ws.Root}/2019: 2019 exists already; mcro new-year never overwrites a year: fill it in, or remove it first", run.Output);
        Assert.Equal(before, ws.Read("2019/offices.csv"));
    }

    [Fact]
    public void A_source_year_without_data_is_refused_listing_the_years()
    {
        using var ws = DataWorkspace.CopyOf();

        var run = CliRun.Of("new-year", "2021", "--from", "2015", "--data", ws.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no data for 2015 to start from; years available: 2018, 2019", run.Output);
        Assert.False(Directory.Exists(ws.PathOf("2021")));
    }
}
