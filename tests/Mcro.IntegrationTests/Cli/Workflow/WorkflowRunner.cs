using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Mcro.Tests.Cli.Workflow;

/// <summary>The event a run is for, as GitHub describes it to the steps.</summary>
internal sealed record WorkflowEvent(string Name, string Ref, string BaseRef, string Sha)
{
    public static WorkflowEvent Push(string sha) => new("push", "refs/heads/main", "", sha);

    public static WorkflowEvent PullRequest(string sha) => new("pull_request", "refs/pull/1/merge", "main", sha);
}

/// <summary>One step of a job as it ended: success, failure or skipped (by its if:, after a failure, or GitHub's own action).</summary>
internal sealed record StepRun(string Name, string Outcome, string Log, string? Uses)
{
    public bool Failed => Outcome == "failure";
}

/// <summary>A job's steps and its summary page: every step's GITHUB_STEP_SUMMARY, in order, as GitHub shows them.</summary>
internal sealed record JobRun(IReadOnlyList<StepRun> Steps, string Summary)
{
    public StepRun Step(string name) => Steps.Single(s => s.Name == name);

    public IEnumerable<StepRun> Failures => Steps.Where(s => s.Failed);
}

/// <summary>
/// Runs a job's run: steps as a GitHub-hosted Linux runner does: each script written to a file and run by its shell
/// (`bash -e {0}` when the step names none, `bash --noprofile --norc -eo pipefail {0}` for `shell: bash`), in the
/// workspace, with the runner's variables and a summary, output, env and path file of its own; GITHUB_ENV and
/// GITHUB_PATH carry over to the later steps, GITHUB_OUTPUT becomes steps.ID.outputs; after a failure only the steps
/// whose if: asks for it run. `uses:` actions are GitHub's: skipped, and named in the run.
/// </summary>
internal sealed partial class WorkflowRunner(string workspace, string runnerTemp, WorkflowEvent trigger, string toolPath)
{
    /// <summary>The shells GitHub knows by name (docs: jobs.&lt;job_id&gt;.steps[*].shell).</summary>
    private static readonly Dictionary<string, string> Shells = new(StringComparer.Ordinal)
    {
        ["bash"] = "bash --noprofile --norc -eo pipefail {0}",
        ["sh"] = "sh -e {0}",
        ["python"] = "python {0}",
    };

    private const string DefaultShell = "bash -e {0}";

    public JobRun Run(YamlMappingNode workflow, string jobId)
    {
        var job = workflow.Jobs().Single(j => j.Id == jobId).Job;
        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var level in new[] { workflow, job })
            foreach (var (key, value) in Pairs(level.Mapping("env"))) env[key] = Substitute(value, new());
        var outputs = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var path = new List<string>();
        var steps = new List<StepRun>();
        var summary = new StringBuilder();
        var failed = false;
        foreach (var (step, index) in job.Steps().Select((s, i) => (s, i)))
        {
            var name = step.StepName();
            var uses = step.Scalar("uses");
            var condition = step.Scalar("if");
            if (!Holds(condition, failed, outputs))
            {
                steps.Add(new StepRun(name, "skipped", failed ? "after a failure" : $"if: {condition}", uses));
                continue;
            }
            if (uses is not null)
            {
                steps.Add(new StepRun(name, "skipped", "GitHub's own action", uses));
                continue;
            }
            var files = Directory.CreateDirectory(Path.Combine(runnerTemp, $"step-{index}")).FullName;
            var stepEnv = new Dictionary<string, string>(env, StringComparer.Ordinal);
            foreach (var (key, value) in Pairs(step.Mapping("env"))) stepEnv[key] = Substitute(value, outputs);
            var (code, log) = Execute(Substitute(step.Scalar("run")!, outputs), Shell(workflow, job, step), Folder(workflow, job, step), stepEnv, path, files);
            var ok = code == 0 || step.Scalar("continue-on-error") == "true";
            steps.Add(new StepRun(name, code == 0 ? "success" : "failure", $"exit {code}\n{log}", null));
            failed |= !ok;
            summary.Append(ReadAll(Path.Combine(files, "summary.md")));
            foreach (var (key, value) in FileCommands(Path.Combine(files, "env"))) env[key] = value;
            path.InsertRange(0, File.ReadAllLines(Path.Combine(files, "path")).Where(l => l.Length > 0).Reverse());
            if (step.Scalar("id") is { } id) outputs[id] = FileCommands(Path.Combine(files, "output"));
        }
        return new JobRun(steps, summary.ToString());
    }

    /// <summary>A job's if:, where there is no step before it to have failed.</summary>
    public bool JobRuns(YamlMappingNode workflow, string jobId) =>
        Holds(workflow.Jobs().Single(j => j.Id == jobId).Job.Scalar("if"), failed: false, new());

    private (int Code, string Log) Execute(string script, string shell, string folder, Dictionary<string, string> stepEnv, List<string> path, string files)
    {
        var file = Path.Combine(files, $"{Guid.NewGuid()}.sh");
        File.WriteAllText(file, script);
        foreach (var name in new[] { "summary.md", "output", "env", "path" }) File.WriteAllText(Path.Combine(files, name), "");
        var words = shell.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Replace("{0}", file, StringComparison.Ordinal)).ToList();
        var start = new ProcessStartInfo(words[0]) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var word in words.Skip(1)) start.ArgumentList.Add(word);
        // The runner's environment is its own: nothing of the test host's GitHub or mcro variables leaks into a step.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("GITHUB_", StringComparison.Ordinal) || k.StartsWith("MCRO_", StringComparison.Ordinal) || k.StartsWith("RUNNER_", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(key);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["CI"] = "true", ["GITHUB_ACTIONS"] = "true", ["GITHUB_WORKSPACE"] = workspace, ["GITHUB_EVENT_NAME"] = trigger.Name,
            ["GITHUB_REF"] = trigger.Ref, ["GITHUB_BASE_REF"] = trigger.BaseRef, ["GITHUB_SHA"] = trigger.Sha, ["RUNNER_OS"] = "Linux", ["RUNNER_TEMP"] = runnerTemp,
            ["GITHUB_STEP_SUMMARY"] = Path.Combine(files, "summary.md"), ["GITHUB_OUTPUT"] = Path.Combine(files, "output"),
            ["GITHUB_ENV"] = Path.Combine(files, "env"), ["GITHUB_PATH"] = Path.Combine(files, "path"),
        };
        foreach (var (key, value) in variables) start.Environment[key] = value;
        foreach (var (key, value) in stepEnv) start.Environment[key] = value;
        start.Environment["PATH"] = string.Join(Path.PathSeparator, path.Append(toolPath).Append(start.Environment["PATH"] ?? ""));
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    /// <summary>The step's shell:, else the job's or the workflow's defaults.run.shell, else GitHub's default; a name GitHub knows becomes its command.</summary>
    private static string Shell(YamlMappingNode workflow, YamlMappingNode job, YamlMappingNode step)
    {
        var shell = step.Scalar("shell") ?? job.Mapping("defaults")?.Mapping("run")?.Scalar("shell") ?? workflow.Mapping("defaults")?.Mapping("run")?.Scalar("shell");
        if (shell is null) return DefaultShell;
        if (Shells.TryGetValue(shell, out var known)) return known;
        Assert.True(shell.Contains("{0}", StringComparison.Ordinal), $"shell: {shell} is neither a shell GitHub names nor a command with {{0}}");
        return shell;
    }

    private string Folder(YamlMappingNode workflow, YamlMappingNode job, YamlMappingNode step)
    {
        var folder = step.Scalar("working-directory") ?? job.Mapping("defaults")?.Mapping("run")?.Scalar("working-directory")
            ?? workflow.Mapping("defaults")?.Mapping("run")?.Scalar("working-directory");
        return folder is null ? workspace : Path.GetFullPath(Path.Combine(workspace, folder));
    }

    /// <summary>An if: as GitHub reads it: without a status function, success() &amp;&amp; (condition).</summary>
    private bool Holds(string? condition, bool failed, Dictionary<string, Dictionary<string, string>> outputs)
    {
        condition = condition?.Trim();
        if (condition is { } c && c.StartsWith("${{", StringComparison.Ordinal) && c.EndsWith("}}", StringComparison.Ordinal)) condition = c[3..^2].Trim();
        if (string.IsNullOrEmpty(condition)) return !failed;
        var asksForStatus = StatusFunction().IsMatch(condition);
        var holds = WorkflowExpression.Truthy(Expression(failed, outputs).Evaluate(condition));
        return asksForStatus ? holds : !failed && holds;
    }

    /// <summary>`${{ expression }}` in a run: script or an env: value, replaced by its value before the step starts.</summary>
    private string Substitute(string text, Dictionary<string, Dictionary<string, string>> outputs) =>
        Interpolation().Replace(text, m => WorkflowExpression.Text(Expression(false, outputs).Evaluate(m.Groups[1].Value)));

    private WorkflowExpression Expression(bool failed, Dictionary<string, Dictionary<string, string>> outputs) => new(
        name => name switch
        {
            "github.event_name" => trigger.Name,
            "github.ref" => trigger.Ref,
            "github.base_ref" => trigger.BaseRef,
            "github.sha" => trigger.Sha,
            "github.workspace" => workspace,
            "runner.os" => "Linux",
            // An output no step wrote is empty, as on GitHub (a uses: action skipped here writes none).
            _ when name.Split('.') is ["steps", var id, "outputs", var output] =>
                outputs.TryGetValue(id, out var written) && written.TryGetValue(output, out var value) ? value : "",
            _ => throw new NotSupportedException($"the test does not know the context '{name}': give it a value in WorkflowRunner"),
        },
        (name, args) => name switch
        {
            "success" => !failed,
            "failure" => failed,
            "always" => true,
            "cancelled" => false,
            "hashFiles" => "hash-of-" + string.Join(",", args.Select(WorkflowExpression.Text)),
            "startsWith" => WorkflowExpression.Text(args[0]).StartsWith(WorkflowExpression.Text(args[1]), StringComparison.OrdinalIgnoreCase),
            "contains" => WorkflowExpression.Text(args[0]).Contains(WorkflowExpression.Text(args[1]), StringComparison.OrdinalIgnoreCase),
            _ => throw new NotSupportedException($"the test does not know the function {name}()"),
        });

    /// <summary>GITHUB_ENV and GITHUB_OUTPUT: name=value lines, or name&lt;&lt;DELIMITER … DELIMITER for several lines.</summary>
    private static Dictionary<string, string> FileCommands(string file)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = File.ReadAllLines(file);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            var heredoc = lines[i].IndexOf("<<", StringComparison.Ordinal);
            var equals = lines[i].IndexOf('=', StringComparison.Ordinal);
            if (heredoc > 0 && (equals < 0 || heredoc < equals))
            {
                var delimiter = lines[i][(heredoc + 2)..];
                var end = Array.IndexOf(lines, delimiter, i + 1);
                Assert.True(end > i, $"{file}: {delimiter} never closes");
                values[lines[i][..heredoc]] = string.Join("\n", lines[(i + 1)..end]);
                i = end;
            }
            else
            {
                Assert.True(equals > 0, $"{file}: '{lines[i]}' is no name=value");
                values[lines[i][..equals]] = lines[i][(equals + 1)..];
            }
        }
        return values;
    }

    private static IEnumerable<(string Key, string Value)> Pairs(YamlMappingNode? mapping) =>
        mapping?.Children.Select(p => (((YamlScalarNode)p.Key).Value!, ((YamlScalarNode)p.Value).Value ?? "")) ?? [];

    private static string ReadAll(string file) => File.Exists(file) ? File.ReadAllText(file) : "";

    [GeneratedRegex(@"\$\{\{\s*(.+?)\s*\}\}")]
    private static partial Regex Interpolation();

    [GeneratedRegex(@"\b(success|failure|always|cancelled)\s*\(")]
    private static partial Regex StatusFunction();
}
