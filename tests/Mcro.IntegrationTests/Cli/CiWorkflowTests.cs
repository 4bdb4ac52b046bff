using Mcro.Tests.Cli.Workflow;

namespace Mcro.Tests.Cli;

/// <summary>
/// docs/ci.md's workflow, run here as GitHub runs it (<see cref="WorkflowRunner"/>): every run: step of the site job, in
/// order, under the shell GitHub would use, in a git repository holding the sample data and its committed snapshots.
/// What only GitHub can do is skipped and named: the uses: actions. mcro itself is this build: `dotnet mcro` and `mcro`
/// run it, and `dotnet tool restore` finds it installed (.ci/tool-smoke.sh checks the packed tool itself).
/// </summary>
public sealed class CiWorkflowTests() : TempFolderTest("mcro-ci-")
{
    private const string Snapshot = "Compare the sheets with the committed snapshots";
    private const string Diff = "What a reader will see change (job summary)";
    private const string Build = "Build the site and print the leaflets";

    /// <summary>The actions the workflow may use; a new one needs a thought here about what skipping it leaves untested.</summary>
    private static readonly HashSet<string> GithubActions = new(StringComparer.Ordinal)
    {
        "actions/checkout", "actions/setup-dotnet", "actions/cache", "actions/configure-pages", "actions/upload-artifact",
        "actions/upload-pages-artifact", "actions/deploy-pages",
    };

    private string Repository => Work.PathOf("repo");

    [Fact]
    public void A_push_to_main_runs_every_step_and_builds_the_site_with_its_leaflets()
    {
        // The workflow runs on ubuntu-latest; its steps are bash.
        if (OperatingSystem.IsWindows()) return;
        var sha = CommitSampleWithSnapshots();

        var (workflow, runner) = (WorkflowFile.Load(), Runner(WorkflowEvent.Push(sha)));
        var run = runner.Run(workflow, "site");

        Assert.True(!run.Failures.Any(), Describe(run));
        Assert.Equal("success", run.Step("Validate the data (annotations on the pull request)").Outcome);
        Assert.Equal("success", run.Step(Build).Outcome);
        Assert.Equal("success", run.Step(Snapshot).Outcome);
        Assert.Equal("skipped", run.Step(Diff).Outcome);
        AssertOnlyGithubActionsSkipped(run);
        Assert.Contains("the sheets match the snapshots", run.Summary);
        Assert.True(File.Exists(Path.Combine(Repository, "public", "2019", "sr", "index.html")));
        Assert.True(File.Exists(Path.Combine(Repository, "public", "2019", "sr", "mocr-2019-sr.pdf")));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(Repository, "public"), ".mcro-*", SearchOption.AllDirectories));
        Assert.True(runner.JobRuns(workflow, "deploy"), "a push to main deploys");
    }

    [Fact]
    public void A_pull_request_that_changes_one_cell_without_new_snapshots_fails_at_the_snapshot_step_and_reports_once()
    {
        if (OperatingSystem.IsWindows()) return;
        CommitSampleWithSnapshots();
        var sha = ChangeOneCell();

        var (workflow, runner) = (WorkflowFile.Load(), Runner(WorkflowEvent.PullRequest(sha)));
        var run = runner.Run(workflow, "site");

        // bash -e without pipefail: a step that pipes mcro into another command takes that command's exit code.
        Assert.True(run.Failures.Select(s => s.Name).SequenceEqual([Snapshot]), Describe(run));
        Assert.Equal("success", run.Step(Diff).Outcome);
        Assert.Equal("success", run.Step(Build).Outcome);
        Assert.True(File.Exists(Path.Combine(Repository, "public", "2019", "sr", "mocr-2019-sr.pdf")), "the pull request's leaflets are built before the snapshot step");
        Assert.All(run.Steps.SkipWhile(s => s.Name != Snapshot).Skip(1), s => Assert.Equal("skipped", s.Outcome));
        AssertOnlyGithubActionsSkipped(run);
        // The diff step's report, and the snapshot step's verdict: the same changes once.
        Assert.Contains("**mcro diff git:origin/main data: ", run.Summary);
        Assert.Contains("**mcro snapshot verify (", run.Summary);
        Assert.True(Occurrences(run.Summary, "| 2019 · Pejë · work plan | yes | no |") == 1, run.Summary);
        Assert.Contains("mcro snapshot accept", run.Summary);
        Assert.False(runner.JobRuns(workflow, "deploy"), "a pull request never deploys");
    }

    [Fact]
    public void The_diff_step_fails_when_mcro_cannot_compare_but_not_when_something_changed()
    {
        if (OperatingSystem.IsWindows()) return;
        CommitSampleWithSnapshots();
        var sha = ChangeOneCell();
        var workflow = WorkflowFile.Load();

        // A base branch the clone does not have: mcro diff exits 2, and the step must fail with it.
        var run = Runner(WorkflowEvent.PullRequest(sha) with { BaseRef = "no-such-branch" }).Run(workflow, "site");

        Assert.Equal(Diff, run.Failures.First().Name);
        Assert.Contains("exit 1", run.Step(Diff).Log);
    }

    private static void AssertOnlyGithubActionsSkipped(JobRun run)
    {
        var actions = run.Steps.Where(s => s.Uses is not null).ToList();
        Assert.NotEmpty(actions);
        Assert.All(actions, s => Assert.Equal("skipped", s.Outcome));
        // The install action of mcro's own (OWNER/mcro@v1) is stood in for by this build on PATH.
        Assert.All(actions, s => Assert.True(GithubActions.Contains(s.Uses!.Split('@')[0]) || s.Uses!.Split('@')[0].EndsWith("/mcro", StringComparison.Ordinal),
            $"{s.Name} uses {s.Uses}, which the test does not know: say in CiWorkflowTests what skipping it leaves untested"));
    }

    private WorkflowRunner Runner(WorkflowEvent trigger) =>
        new(Repository, Directory.CreateDirectory(Work.PathOf("runner-temp")).FullName, trigger, ToolShims());

    /// <summary>A data repository whose main branch holds the sample data and its snapshots; origin/main as a checkout with fetch-depth 0 has it.</summary>
    private string CommitSampleWithSnapshots()
    {
        FolderCopy.Copy(RepositoryRoot.Data, Path.Combine(Repository, "data"));
        FolderCopy.Copy(RepositoryRoot.Templates, Path.Combine(Repository, "templates"));
        Git("init", "-q", "-b", "main");
        Assert.Equal(0, CliChild.Run(Repository, new Dictionary<string, string>(), "snapshot", "accept").ExitCode);
        Git("add", "-A");
        Git("-c", "user.email=ci@example.org", "-c", "user.name=ci", "commit", "-q", "-m", "data and snapshots");
        Git("update-ref", "refs/remotes/origin/main", "HEAD");
        return Git("rev-parse", "HEAD");
    }

    /// <summary>A pull request that changes one answer and leaves the snapshots as they were; checked out detached, as GitHub does.</summary>
    private string ChangeOneCell()
    {
        Git("checkout", "-q", "-b", "change");
        var offices = Path.Combine(Repository, "data", "2019", "offices.csv");
        var text = File.ReadAllText(offices);
        Assert.Contains("\npeje,yes,", text);
        File.WriteAllText(offices, text.Replace("\npeje,yes,", "\npeje,no,", StringComparison.Ordinal));
        Git("-c", "user.email=ci@example.org", "-c", "user.name=ci", "commit", "-q", "-a", "-m", "Peć had no work plan");
        Git("checkout", "-q", "--detach");
        return Git("rev-parse", "HEAD");
    }

    /// <summary>`dotnet mcro …` and `mcro …` run this build; `dotnet tool restore` finds it installed; every other dotnet command is the real one.</summary>
    private string ToolShims()
    {
        var folder = Directory.CreateDirectory(Work.PathOf("tools")).FullName;
        var dotnet = Path.IsPathRooted(CliChild.Host) ? CliChild.Host
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(p => Path.Combine(p, "dotnet")).First(File.Exists);
        Shim(Path.Combine(folder, "dotnet"), $"""
            #!/usr/bin/env bash
            if [ "$1" = mcro ]; then shift; exec '{dotnet}' '{CliChild.Dll}' "$@"; fi
            if [ "$1 $2" = "tool restore" ]; then echo "mcro: this build of mcro stands in for the tool manifest's"; exit 0; fi
            exec '{dotnet}' "$@"
            """);
        Shim(Path.Combine(folder, "mcro"), $"#!/usr/bin/env bash\nexec '{dotnet}' '{CliChild.Dll}' \"$@\"\n");
        return folder;
    }

    private static void Shim(string path, string script)
    {
        File.WriteAllText(path, script.ReplaceLineEndings("\n") + "\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static string Describe(JobRun run) =>
        string.Join("\n", run.Steps.Select(s => $"{s.Outcome,-8} {s.Name}" + (s.Outcome == "failure" ? "\n" + s.Log : "")));

    private static int Occurrences(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private string Git(params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = Repository, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var git = System.Diagnostics.Process.Start(start)!;
        var error = git.StandardError.ReadToEndAsync();
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', args)}: {error.Result}");
        return output.Trim();
    }
}
