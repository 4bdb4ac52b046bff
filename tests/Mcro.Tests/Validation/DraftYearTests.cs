using System.Text.RegularExpressions;

namespace Mcro.Tests.Validation;

/// <summary>
/// A draft year (year.yaml: status: draft) is validated as a to-do list: every rule runs, its findings in the year's
/// files are warnings, validate prints the year's progress over every file and exits 0. Without the status line the
/// same findings are problems, each with its position, and validate fails.
/// </summary>
public sealed partial class DraftYearTests
{
    [GeneratedRegex(@"^\S+:\d+(:\S+)?( \([a-z_]+\))?: ")]
    private static partial Regex Positioned();

    private static DataWorkspace WithDraft()
    {
        var ws = DataWorkspace.CopyOf();
        FolderCopy.Copy(Path.Combine(DataWorkspace.FixturePath("draft-year"), "2020"), ws.PathOf("2020"));
        return ws;
    }

    [Fact]
    public void Validate_lists_a_drafts_problems_as_warnings_prints_its_progress_and_exits_0()
    {
        using var ws = WithDraft();

        var run = CliRun.Of("validate", "--data", ws.Root);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        var progress = Assert.Single(run.OutputLines, l => l.StartsWith("2020 (draft): ", StringComparison.Ordinal));
        Assert.StartsWith("2020 (draft): offices 4 of 6 filled, staff 2 of 6, 2 exclusions without reasons; ", progress);
        Assert.Matches(@"; \d+ to fix: notes\.yaml \d+, offices\.csv 20$", progress);
        Assert.Contains($"{ws.Root}/2020/offices.csv:6:B (work_plan): warning: work_plan is empty for 'junik'; write yes or no", run.OutputLines);
        Assert.StartsWith("ok: 3 year(s) (2018, 2019, 2020)", run.OutputLines[^1]);
    }

    [Fact]
    public void Validate_as_json_carries_the_drafts_progress_and_its_findings_as_warnings()
    {
        using var ws = WithDraft();

        var run = CliRun.Of("validate", "--data", ws.Root, "--format", "json");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        Assert.True(json.RootElement.GetProperty("ok").GetBoolean());
        var drafts = json.RootElement.GetProperty("summary").GetProperty("drafts").EnumerateArray().Select(d => d.GetString()!).ToList();
        Assert.StartsWith("2020 (draft): offices 4 of 6 filled, staff 2 of 6, 2 exclusions without reasons; ", Assert.Single(drafts));
        Assert.Contains(json.RootElement.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("file").GetString()!.EndsWith("2020/offices.csv", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_status_draft_every_rule_applies_in_full_with_positions_and_validate_fails()
    {
        using var ws = WithDraft();
        var asDraft = CliRun.Of("validate", "--data", ws.Root).OutputLines.Count(l => l.Contains(": warning: ", StringComparison.Ordinal));
        ws.Replace("2020/year.yaml", "status: draft\n", "");

        var run = CliRun.Of("validate", "--data", ws.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("(draft)", run.Output);
        Assert.DoesNotContain("warning", run.Output);
        Assert.Equal(asDraft, run.OutputLines.Length);
        Assert.All(run.OutputLines, l => Assert.Matches(Positioned(), l));
        Assert.Contains($"{ws.Root}/2020/offices.csv:6:B (work_plan): work_plan is empty for 'junik'; write yes or no", run.OutputLines);
        Assert.Contains($"{asDraft} problems found.", run.Error);
    }

    [Fact]
    public void Status_published_is_a_published_year()
    {
        using var ws = WithDraft();
        ws.Replace("2020/year.yaml", "status: draft", "status: published");

        Assert.Equal(1, CliRun.Of("validate", "--data", ws.Root).ExitCode);
    }

    [Fact]
    public void A_draft_filled_in_says_it_has_nothing_left_to_fix()
    {
        using var ws = DataWorkspace.CopyOf();
        FolderCopy.Copy(ws.PathOf("2019"), ws.PathOf("2020"));
        ws.Replace("2020/staff.csv", "gjakove,staff,serbian,female", "gjakove,staff,serbian,male");
        ws.Replace("2020/offices.csv", "zvecan,no,no,", "zvecan,yes,no,");
        ws.Replace("2020/notes.yaml", "similar office works", "similar office still works");
        ws.Write("2020/year.yaml", "status: draft\n");

        var run = CliRun.Of("validate", "--data", ws.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2020 (draft): offices 6 of 6 filled, staff 6 of 6, 0 exclusions without reasons; nothing left to fix: remove 'status: draft' from year.yaml to publish it", run.OutputLines);
    }

    [Fact]
    public void A_problem_in_a_published_year_still_fails_beside_a_draft()
    {
        using var ws = WithDraft();
        ws.Replace("2019/staff.csv", "gjakove,head,albanian,female", "gjakove,head,albanian,f");

        var run = CliRun.Of("validate", "--data", ws.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.OutputLines, l => l.StartsWith($"{ws.Root}/2019/staff.csv:2:", StringComparison.Ordinal) && !l.Contains("warning", StringComparison.Ordinal));
        Assert.Contains(run.OutputLines, l => l.StartsWith("2020 (draft): offices 4 of 6 filled", StringComparison.Ordinal));
    }

    [Fact]
    public void A_copied_staff_file_counts_as_no_staff_in_the_progress_and_is_a_warning_naming_it()
    {
        using var ws = WithDraft();
        File.Copy(ws.PathOf("2019/staff.csv"), ws.PathOf("2020/staff.csv"), overwrite: true);

        var run = CliRun.Of("validate", "--data", ws.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.OutputLines, l => l.StartsWith("2020 (draft): offices 4 of 6 filled, staff 0 of 6 (staff.csv as in 2019), ", StringComparison.Ordinal));
        Assert.Contains($"{ws.Root}/2020/staff.csv: warning: the same as 2019/staff.csv, byte for byte: copied and not yet brought up to date? 2020's sheets would show 2019's staff", run.OutputLines);
    }
}
