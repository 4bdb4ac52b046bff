using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Mcro.Tests.Release;

/// <summary>What a run of the action left: its exit code and log, its outputs, and the folders it put on PATH.</summary>
internal sealed record ActionRun(int Code, string Output, IReadOnlyDictionary<string, string> Outputs, IReadOnlyList<string> PathAdditions);

/// <summary>
/// The repository's action.yml run as a GitHub runner runs a composite action: each step's script, with its
/// <c>${{ … }}</c> expressions filled in, under <c>bash --noprofile --norc -eo pipefail</c> (GitHub's <c>shell: bash</c>),
/// with the runner's files (GITHUB_PATH, GITHUB_OUTPUT) and folders (RUNNER_TOOL_CACHE, RUNNER_TEMP) in a folder of the test.
/// Every address but 127.0.0.1 goes to a proxy that is not there, so the action cannot lean on nuget.org or any other feed.
/// </summary>
internal static partial class CompositeAction
{
    public static string File => Path.Combine(RepositoryRoot.Path, "action.yml");

    public static ActionRun Run(string runner, IReadOnlyDictionary<string, string> inputs)
    {
        var action = Yaml.Load(File);
        var declared = Yaml.Mapping(action, "inputs");
        foreach (var name in inputs.Keys) Assert.True(declared.Children.ContainsKey(new YamlScalarNode(name)), $"action.yml has no input '{name}'");
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var steps = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        string Fill(string text) => Expression().Replace(text, m => Value(m.Groups[1].Value, values, steps));
        foreach (var (key, input) in declared.Children)
        {
            var name = ((YamlScalarNode)key).Value!;
            values[name] = inputs.TryGetValue(name, out var given) ? given : Fill(Yaml.Scalar((YamlMappingNode)input, "default") ?? "");
        }

        var runs = Yaml.Mapping(action, "runs");
        Assert.Equal("composite", Yaml.Scalar(runs, "using"));
        Directory.CreateDirectory(runner);
        var pathFile = Path.Combine(runner, "github_path");
        System.IO.File.WriteAllText(pathFile, "");
        var log = new System.Text.StringBuilder();
        var number = 0;
        foreach (var step in ((YamlSequenceNode)runs.Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>())
        {
            number++;
            Assert.Null(Yaml.Scalar(step, "if")); // not needed by the action so far, so not known to this runner
            Assert.Equal("bash", Yaml.Scalar(step, "shell"));
            var script = Path.Combine(runner, $"step-{number}.sh");
            System.IO.File.WriteAllText(script, Fill(Yaml.Scalar(step, "run")!));
            var outputFile = Path.Combine(runner, $"output-{number}");
            System.IO.File.WriteAllText(outputFile, "");
            var environment = RunnerEnvironment(runner, pathFile, outputFile);
            if (step.Children.TryGetValue(new YamlScalarNode("env"), out var env))
                foreach (var (key, value) in ((YamlMappingNode)env).Children) environment[((YamlScalarNode)key).Value!] = Fill(((YamlScalarNode)value).Value!);
            var (code, output) = Command.Run("bash", ["--noprofile", "--norc", "-eo", "pipefail", script], runner, environment);
            log.Append(output);
            if (Yaml.Scalar(step, "id") is { } id) steps[id] = ReadOutputs(outputFile);
            if (code != 0) return new ActionRun(code, log.ToString(), new Dictionary<string, string>(), ReadPath(pathFile));
        }
        var outputs = Yaml.Mapping(action, "outputs").Children.ToDictionary(
            o => ((YamlScalarNode)o.Key).Value!, o => Fill(Yaml.Scalar((YamlMappingNode)o.Value, "value")!), StringComparer.Ordinal);
        return new ActionRun(0, log.ToString(), outputs, ReadPath(pathFile));
    }

    private static Dictionary<string, string?> RunnerEnvironment(string runner, string pathFile, string outputFile)
    {
        const string nowhere = "http://127.0.0.1:9";
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["GITHUB_ACTION_PATH"] = RepositoryRoot.Path,
            ["GITHUB_PATH"] = pathFile,
            ["GITHUB_OUTPUT"] = outputFile,
            ["RUNNER_TOOL_CACHE"] = Path.Combine(runner, "toolcache"),
            ["RUNNER_TEMP"] = Directory.CreateDirectory(Path.Combine(runner, "temp")).FullName,
            ["CI"] = "true",
            ["HTTP_PROXY"] = nowhere, ["HTTPS_PROXY"] = nowhere, ["http_proxy"] = nowhere, ["https_proxy"] = nowhere,
            ["NO_PROXY"] = "127.0.0.1", ["no_proxy"] = "127.0.0.1",
        };
    }

    private static string Value(string expression, Dictionary<string, string> inputs, Dictionary<string, Dictionary<string, string>> steps)
    {
        if (expression.StartsWith("inputs.", StringComparison.Ordinal)) return inputs[expression["inputs.".Length..]];
        var step = StepOutput().Match(expression);
        if (step.Success) return steps.TryGetValue(step.Groups[1].Value, out var outputs) && outputs.TryGetValue(step.Groups[2].Value, out var value) ? value : "";
        // What a runner gives inside a composite action (actions/runner#2525): the script must do without it.
        if (expression == "github.action_repository") return "";
        throw new InvalidOperationException($"this runner does not know the expression {expression}");
    }

    private static Dictionary<string, string> ReadOutputs(string file) =>
        System.IO.File.ReadAllLines(file).Where(l => l.Contains('=', StringComparison.Ordinal))
            .Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    private static List<string> ReadPath(string file) => [.. System.IO.File.ReadAllLines(file).Where(l => l.Length > 0)];

    [GeneratedRegex(@"\$\{\{\s*(.+?)\s*\}\}")]
    private static partial Regex Expression();

    [GeneratedRegex(@"^steps\.([\w-]+)\.outputs\.([\w-]+)$")]
    private static partial Regex StepOutput();
}
