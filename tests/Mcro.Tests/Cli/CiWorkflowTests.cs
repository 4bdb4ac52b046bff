using System.Diagnostics;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Mcro.Tests.Cli;

/// <summary>
/// docs/ci.md's workflow, run here as GitHub would run it on a pull request: every <c>run:</c> step, in order, with
/// bash -eo pipefail, in a git repository holding the sample data and its snapshots, with a change to one answer.
/// What only GitHub can do is skipped: the <c>uses:</c> actions, mcro's install among them (`dotnet mcro` is this build of
/// mcro; tests/Mcro.Tests/Release runs the install action, .ci/tool-smoke.sh checks the packed tool itself).
/// </summary>
public sealed partial class CiWorkflowTests() : TempFolderTest("mcro-ci-")
{
    private static readonly HashSet<string> OnlyOnGitHub = new(StringComparer.Ordinal);

    /// <summary>The expressions the workflow uses, as a pull request has them (configure-pages runs on pushes only).</summary>
    private static readonly Dictionary<string, string> Expressions = new(StringComparer.Ordinal) { ["steps.pages.outputs.base_url"] = "" };

    private string Repository => Work.PathOf("repo");

    [Fact]
    public void Every_run_step_of_the_documented_workflow_passes_on_the_sample_data()
    {
        // The workflow runs on ubuntu-latest; its steps are bash.
        if (OperatingSystem.IsWindows()) return;
        var steps = WorkflowSteps();
        PreparePullRequest();
        var summary = Work.PathOf("summary.md");
        var ran = new List<string>();
        var skipped = new List<string>();

        foreach (var (job, step) in steps)
        {
            var name = Scalar(step, "name") ?? Scalar(step, "id") ?? Scalar(step, "uses") ?? "?";
            if (Scalar(step, "if") is { } condition && !Holds(condition)) continue;
            if (Scalar(step, "run") is not { } script) continue; // a uses: action: GitHub's own
            if (OnlyOnGitHub.Contains(script.Trim()))
            {
                skipped.Add(script.Trim());
                continue;
            }
            var environment = new Dictionary<string, string>
            {
                ["GITHUB_STEP_SUMMARY"] = summary, ["GITHUB_WORKSPACE"] = Repository, ["GITHUB_BASE_REF"] = "main",
                ["GITHUB_EVENT_NAME"] = "pull_request", ["CI"] = "true", ["PATH"] = Shim() + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
            };
            if (step.Children.TryGetValue(new YamlScalarNode("env"), out var env))
                foreach (var (key, value) in ((YamlMappingNode)env).Children)
                    environment[((YamlScalarNode)key).Value!] = Substitute(((YamlScalarNode)value).Value!);
            var (code, output) = Bash(script, environment);
            Assert.True(code == 0, $"{job} › {name} exited {code}:\n{output}");
            ran.Add(name);
        }

        Assert.Equal(OnlyOnGitHub.Order(), skipped.Order());
        Assert.Contains("Validate the data (annotations on the pull request)", ran);
        Assert.Contains("What a reader will see change (job summary)", ran);
        var report = File.ReadAllText(summary);
        Assert.Contains("the sheets match the snapshots", report);
        Assert.Contains("**mcro diff git:origin/main data: ", report);
        Assert.Contains("| 2019 · Pejë/Peć · work plan | yes | no |", report);
        Assert.True(File.Exists(Path.Combine(Repository, "public", "2019", "sr", "index.html")));
        Assert.True(File.Exists(Path.Combine(Repository, "public", "2019", "sr", "mocr-2019-sr.pdf")));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(Repository, "public"), ".mcro-*", SearchOption.AllDirectories));
    }

    /// <summary>The workflow's steps, job by job, from the one YAML block of docs/ci.md.</summary>
    private static List<(string Job, YamlMappingNode Step)> WorkflowSteps()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "ci.md"));
        var block = Assert.Single(YamlBlock().Matches(doc)).Groups[1].Value;
        var yaml = new YamlStream();
        yaml.Load(new StringReader(block));
        var jobs = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children[new YamlScalarNode("jobs")];
        return jobs.Children
            .SelectMany(job => ((YamlSequenceNode)((YamlMappingNode)job.Value).Children[new YamlScalarNode("steps")]).Children
                .Select(step => (((YamlScalarNode)job.Key).Value!, (YamlMappingNode)step)))
            .ToList();
    }

    /// <summary>A data repository with committed snapshots; the branch changes one answer and accepts the snapshots again.</summary>
    private void PreparePullRequest()
    {
        FolderCopy.Copy(RepositoryRoot.Data, Path.Combine(Repository, "data"));
        FolderCopy.Copy(RepositoryRoot.Templates, Path.Combine(Repository, "templates"));
        Git("init", "-q", "-b", "main");
        Assert.Equal(0, CliChild.Run(Repository, new Dictionary<string, string>(), "snapshot", "accept").ExitCode);
        Git("add", "-A");
        Git("-c", "user.email=ci@example.org", "-c", "user.name=ci", "commit", "-q", "-m", "data and snapshots");
        Git("update-ref", "refs/remotes/origin/main", "HEAD");
        Git("checkout", "-q", "-b", "change");
        var offices = Path.Combine(Repository, "data", "2019", "offices.csv");
        var text = File.ReadAllText(offices);
        Assert.Contains("\npeje,yes,", text);
        File.WriteAllText(offices, text.Replace("\npeje,yes,", "\npeje,no,", StringComparison.Ordinal));
        Assert.Equal(0, CliChild.Run(Repository, new Dictionary<string, string>(), "snapshot", "accept").ExitCode);
        Git("add", "-A");
        Git("-c", "user.email=ci@example.org", "-c", "user.name=ci", "commit", "-q", "-m", "Peć had no work plan");
    }

    /// <summary>`dotnet mcro …` runs this build of mcro; every other dotnet command is the real one.</summary>
    private string Shim()
    {
        var folder = Work.PathOf("shim");
        Directory.CreateDirectory(folder);
        var dotnet = Path.IsPathRooted(CliChild.Host) ? CliChild.Host
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(p => Path.Combine(p, "dotnet")).First(File.Exists);
        var shim = Path.Combine(folder, "dotnet");
        File.WriteAllText(shim, $"#!/usr/bin/env bash\nif [ \"$1\" = mcro ]; then shift; exec '{dotnet}' '{CliChild.Dll}' \"$@\"; fi\nexec '{dotnet}' \"$@\"\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return folder;
    }

    private static bool Holds(string condition)
    {
        var match = EventCondition().Match(condition.Trim());
        Assert.True(match.Success, $"the test does not know the condition '{condition}'");
        return match.Groups[1].Value == "pull_request";
    }

    private static string Substitute(string value) =>
        Expression().Replace(value, m => Expressions.TryGetValue(m.Groups[1].Value, out var known) ? known : throw new InvalidOperationException($"unknown expression {m.Value}"));

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    private (int Code, string Output) Bash(string script, Dictionary<string, string> environment)
    {
        // As GitHub runs a run: step on Linux.
        var start = new ProcessStartInfo("bash") { WorkingDirectory = Repository, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "--noprofile", "--norc", "-eo", "pipefail", "-c", script }) start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var bash = Process.Start(start)!;
        var error = bash.StandardError.ReadToEndAsync();
        var output = bash.StandardOutput.ReadToEnd();
        bash.WaitForExit();
        return (bash.ExitCode, output + error.Result);
    }

    private void Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Repository, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var git = Process.Start(start)!;
        var error = git.StandardError.ReadToEndAsync();
        git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', args)}: {error.Result}");
    }

    [GeneratedRegex("```yaml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();

    [GeneratedRegex(@"^github\.event_name == '([a-z_]+)'$")]
    private static partial Regex EventCondition();

    [GeneratedRegex(@"\$\{\{\s*([^}]+?)\s*\}\}")]
    private static partial Regex Expression();
}
