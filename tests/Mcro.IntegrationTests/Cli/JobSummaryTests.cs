using System.Diagnostics;
using System.Text.RegularExpressions;
using Mcro.Tests.Site;

namespace Mcro.Tests.Cli;

/// <summary>
/// GITHUB_STEP_SUMMARY as mcro writes it itself: validate, build, diff and snapshot verify append their report in
/// Markdown whatever --format prints, once, and a summary that cannot be written changes neither output nor exit code.
/// </summary>
public sealed class JobSummaryTests() : TempFolderTest("mcro-summary-")
{
    private string Summary => Work.PathOf("summary.md");

    private Dictionary<string, string> Actions(string? summary = null) => new()
    {
        ["GITHUB_WORKSPACE"] = Work.Path, ["GITHUB_STEP_SUMMARY"] = summary ?? Summary, ["GITHUB_ENV"] = Work.PathOf("env"), ["CI"] = "true",
    };

    /// <summary>A dataset whose newest year is the year before copied byte for byte: valid, with one warning.</summary>
    private string CopiedYear()
    {
        var data = Work.PathOf("data");
        FolderCopy.Copy(SiteFixture.DataFolder, data);
        FolderCopy.Copy(Path.Combine(data, "2019"), Path.Combine(data, "2020"));
        return data;
    }

    [Theory]
    [InlineData("text")]
    [InlineData("github")]
    [InlineData("json")]
    public void Validate_counts_its_warnings_and_lists_them_in_the_summary_whatever_the_format(string format)
    {
        var data = CopiedYear();

        var run = CliChild.Run(Work.Path, Actions(), "validate", "--data", data, "--format", format);

        Assert.Equal(0, run.ExitCode);
        if (format == "text") Assert.EndsWith("staff rows checked; 0 problems, 1 warning found\n", run.Output);
        if (format == "github") Assert.Contains("mcro validate: 0 problems, 1 warning found; the full list is in the job summary", run.OutputLines);
        var summary = File.ReadAllLines(Summary);
        Assert.Equal("### mcro validate: 0 problems, 1 warning found", summary[0]);
        Assert.Single(summary, l => l.StartsWith("| `data/2020` | year-unchanged | warning: every file is the same as in 2019/", StringComparison.Ordinal));
    }

    [Fact]
    public void Counts_say_problem_and_warning_in_the_singular_only_for_one()
    {
        var data = CopiedYear();
        var staff = Path.Combine(data, "2018", "staff.csv");
        File.WriteAllText(staff, File.ReadAllText(staff).Replace(",male", ",m", StringComparison.Ordinal));

        var run = CliChild.Run(Work.Path, Actions(), "validate", "--data", data);

        Assert.Equal(1, run.ExitCode);
        var problems = int.Parse(Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Regex.IsMatch(l, @"^\d+ problems, 1 warning found\.$")).Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(problems > 1);
        Assert.Equal($"### mcro validate: {problems} problems, 1 warning found", File.ReadAllLines(Summary)[0]);
    }

    [Fact]
    public void A_build_with_a_warning_counts_it_in_the_log_and_the_summary()
    {
        var data = CopiedYear();

        var run = CliChild.Run(Work.Path, Actions(), "build", "--data", data, "--templates", SiteFixture.TemplatesFolder, "--out", Work.PathOf("out"), "--format", "github");

        Assert.Equal(0, run.ExitCode);
        Assert.Single(run.OutputLines, l => l.StartsWith("::warning file=data/2020,", StringComparison.Ordinal));
        Assert.Contains("mcro build: 0 problems, 1 warning found; the full list is in the job summary", run.OutputLines);
        Assert.Contains("| `data/2020` | year-unchanged | warning: ", File.ReadAllText(Summary));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    [InlineData("json")]
    public void Diff_puts_its_report_in_the_summary_once_and_keeps_its_exit_code(string format)
    {
        var (before, after) = TwoDataFolders();

        var run = CliChild.Run(Work.Path, Actions(), "diff", before, after, "--format", format, "--templates", SiteFixture.TemplatesFolder);

        Assert.Equal(1, run.ExitCode);
        var summary = File.ReadAllText(Summary);
        Assert.StartsWith($"**mcro diff {before} {after}: ", summary);
        Assert.Equal(1, Occurrences(summary, $"**mcro diff {before} {after}: "));
        Assert.Equal(1, Occurrences(summary, "**Pages and charts** in `sq`"));
    }

    [Fact]
    public void Snapshot_verify_after_a_diff_of_the_same_changes_names_them_without_repeating_the_report()
    {
        var (before, after) = TwoDataFolders();
        Assert.Equal(0, CliChild.Run(Work.Path, new Dictionary<string, string>(), "snapshot", "accept", "--data", before, "--templates", SiteFixture.TemplatesFolder, "--snapshots", Work.PathOf("snapshots")).ExitCode);

        var diff = CliChild.Run(Work.Path, Actions(Work.PathOf("diff.md")), "diff", before, after, "--templates", SiteFixture.TemplatesFolder);
        // What GitHub does between two steps: GITHUB_ENV's lines become the next step's environment.
        var next = Actions();
        foreach (var line in File.ReadAllLines(Work.PathOf("env"))) next[line[..line.IndexOf('=', StringComparison.Ordinal)]] = line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..];
        var verify = CliChild.Run(Work.Path, next, "snapshot", "verify", "--data", after, "--templates", SiteFixture.TemplatesFolder, "--snapshots", Work.PathOf("snapshots"));

        Assert.Equal((1, 1), (diff.ExitCode, verify.ExitCode));
        Assert.Contains("<details>", File.ReadAllText(Work.PathOf("diff.md")));
        var summary = File.ReadAllText(Summary);
        Assert.StartsWith("**mcro snapshot verify (", summary);
        Assert.Contains("(the same changes as in the report above)", summary);
        Assert.DoesNotContain("<details>", summary);
        Assert.Contains("mcro snapshot accept", summary);
    }

    [Fact]
    public void A_report_redirected_into_the_summary_by_the_step_is_not_written_a_second_time()
    {
        if (OperatingSystem.IsWindows()) return;
        var (before, after) = TwoDataFolders();
        var start = new ProcessStartInfo("bash") { WorkingDirectory = Work.Path, UseShellExecute = false, RedirectStandardError = true };
        foreach (var arg in new[] { "-c", "\"$0\" \"$1\" diff \"$2\" \"$3\" --templates \"$4\" --format markdown >> \"$GITHUB_STEP_SUMMARY\"", CliChild.Host, CliChild.Dll, before, after, SiteFixture.TemplatesFolder }) start.ArgumentList.Add(arg);
        foreach (var (key, value) in Actions()) start.Environment[key] = value;

        using var bash = Process.Start(start)!;
        var error = bash.StandardError.ReadToEnd();
        bash.WaitForExit();

        Assert.True(bash.ExitCode == 1, error);
        Assert.Equal(1, Occurrences(File.ReadAllText(Summary), $"**mcro diff {before} {after}: "));
    }

    [Fact]
    public void A_summary_that_cannot_be_written_is_a_warning_and_changes_neither_output_nor_exit_code()
    {
        var (before, after) = TwoDataFolders();
        var unwritable = Directory.CreateDirectory(Work.PathOf("a-folder")).FullName;

        var outside = CliChild.Run(Work.Path, new Dictionary<string, string>(), "diff", before, after, "--templates", SiteFixture.TemplatesFolder);
        var inside = CliChild.Run(Work.Path, Actions(unwritable), "diff", before, after, "--templates", SiteFixture.TemplatesFolder);
        var validate = CliChild.Run(Work.Path, Actions(unwritable), "validate", "--data", before);

        Assert.Equal((1, outside.Output), (inside.ExitCode, inside.Output));
        Assert.Contains("mcro: warning: the job summary was not written (", inside.Error);
        Assert.Equal(0, validate.ExitCode);
        Assert.Contains("mcro: warning: the job summary was not written (", validate.Error);
    }

    /// <summary>The fixture, and the fixture with one answer changed.</summary>
    private (string Before, string After) TwoDataFolders()
    {
        var (before, after) = (Work.PathOf("before"), Work.PathOf("after"));
        FolderCopy.Copy(SiteFixture.DataFolder, before);
        FolderCopy.Copy(SiteFixture.DataFolder, after);
        var offices = Path.Combine(after, "2019", "offices.csv");
        var lines = File.ReadAllLines(offices);
        lines[1] = lines[1].Contains(",yes,", StringComparison.Ordinal) ? ReplaceFirst(lines[1], ",yes,", ",no,") : ReplaceFirst(lines[1], ",no,", ",yes,");
        File.WriteAllLines(offices, lines);
        return (before, after);
    }

    private static string ReplaceFirst(string text, string old, string now)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        return text[..at] + now + text[(at + old.Length)..];
    }

    private static int Occurrences(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
