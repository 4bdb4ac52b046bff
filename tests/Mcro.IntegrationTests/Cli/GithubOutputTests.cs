using Mcro.Tests.Site;

namespace Mcro.Tests.Cli;

/// <summary>--format github as GitHub Actions runs it: in a process of its own, with the workspace and the step summary set.</summary>
public sealed class GithubOutputTests() : TempFolderTest("mcro-github-")
{
    private string Workspace => Work.PathOf("workspace");

    private string Summary => Work.PathOf("summary.md");

    private Dictionary<string, string> Actions => new() { ["GITHUB_WORKSPACE"] = Workspace, ["GITHUB_STEP_SUMMARY"] = Summary, ["CI"] = "true" };

    private void BreakData(int problems)
    {
        var data = Path.Combine(Workspace, "factsheets", "data");
        FolderCopy.Copy(SiteFixture.DataFolder, data);
        var staff = Path.Combine(data, "2019", "staff.csv");
        var lines = File.ReadAllLines(staff);
        for (var i = 1; i <= problems; i++) lines[i] = lines[i].Replace(",male", ",m", StringComparison.Ordinal).Replace(",female", ",f", StringComparison.Ordinal);
        File.WriteAllLines(staff, lines);
    }

    [Fact]
    public void Build_annotations_name_files_from_the_repository_root_whatever_data_was_given_as()
    {
        BreakData(problems: 12);
        var inside = Path.Combine(Workspace, "factsheets", "data", "2019");

        var run = CliChild.Run(inside, Actions, "build", "--data", "..", "--templates", SiteFixture.TemplatesFolder, "--out", Work.PathOf("out"), "--format", "github");

        Assert.Equal(1, run.ExitCode);
        var annotations = run.OutputLines.Where(l => l.StartsWith("::error ", StringComparison.Ordinal)).ToList();
        Assert.Equal(12, annotations.Count);
        Assert.All(annotations, a => Assert.StartsWith("::error file=factsheets/data/2019/staff.csv,line=", a));
        Assert.Contains("mcro build: 12 problems found; the full list is in the job summary", run.OutputLines);
        var summary = File.ReadAllLines(Summary);
        Assert.Equal("### mcro build: 12 problems found", summary[0]);
        Assert.Equal(12, summary.Count(l => l.StartsWith("| `factsheets/data/2019/staff.csv:", StringComparison.Ordinal)));
        Assert.False(Directory.Exists(Work.PathOf("out/2019")));
    }

    [Fact]
    public void Validate_appends_to_the_step_summary_and_a_clean_quiet_build_prints_nothing()
    {
        BreakData(problems: 1);
        File.WriteAllText(Summary, "earlier step\n");
        var data = Path.Combine(Workspace, "factsheets", "data");

        var validate = CliChild.Run(Workspace, Actions, "validate", "--data", data, "--format", "github");
        File.Copy(Path.Combine(SiteFixture.DataFolder, "2019", "staff.csv"), Path.Combine(data, "2019", "staff.csv"), overwrite: true);
        var quiet = CliChild.Run(Workspace, Actions, "build", "--data", data, "--templates", SiteFixture.TemplatesFolder, "--out", Work.PathOf("out"), "--quiet");

        Assert.Equal(1, validate.ExitCode);
        Assert.StartsWith("::error file=factsheets/data/2019/staff.csv,", validate.OutputLines[0]);
        Assert.Equal("earlier step", File.ReadAllLines(Summary)[0]);
        Assert.Contains("### mcro validate: 1 problem found", File.ReadAllLines(Summary));
        Assert.Equal((0, "", ""), (quiet.ExitCode, quiet.Output, quiet.Error));
        Assert.True(File.Exists(Work.PathOf("out/2019/sr/index.html")));
    }

    [Fact]
    public void Text_output_has_no_colour_codes_when_redirected_or_with_no_color()
    {
        BreakData(problems: 1);
        var data = Path.Combine(Workspace, "factsheets", "data");

        var run = CliChild.Run(Workspace, new Dictionary<string, string> { ["TERM"] = "xterm-256color" }, "validate", "--data", data);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("\u001b[", run.Output + run.Error);
    }
}
