using YamlDotNet.RepresentationModel;

namespace Mcro.Tests.Cli.Workflow;

/// <summary>The workflow docs/ci.md tells the data team to copy: its one ```yaml block, parsed as YAML.</summary>
internal static class WorkflowFile
{
    public static string DocPath => Path.Combine(RepositoryRoot.Path, "docs", "ci.md");

    /// <summary>The text of the block, as it would be saved to .github/workflows/factsheets.yml.</summary>
    public static string Text()
    {
        var lines = File.ReadAllLines(DocPath);
        var starts = Enumerable.Range(0, lines.Length).Where(i => lines[i] == "```yaml").ToList();
        var start = Assert.Single(starts);
        var end = Array.IndexOf(lines, "```", start + 1);
        Assert.True(end > start, "docs/ci.md: the ```yaml block is not closed");
        return string.Join("\n", lines[(start + 1)..end]) + "\n";
    }

    public static YamlMappingNode Load()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(Text()));
        return (YamlMappingNode)Assert.Single(yaml.Documents).RootNode;
    }

    public static YamlNode? Child(this YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static string? Scalar(this YamlMappingNode node, string key) => (node.Child(key) as YamlScalarNode)?.Value;

    public static YamlMappingNode? Mapping(this YamlMappingNode node, string key) => node.Child(key) as YamlMappingNode;

    public static IEnumerable<(string Id, YamlMappingNode Job)> Jobs(this YamlMappingNode workflow) =>
        workflow.Mapping("jobs")!.Children.Select(j => (((YamlScalarNode)j.Key).Value!, (YamlMappingNode)j.Value));

    public static List<YamlMappingNode> Steps(this YamlMappingNode job) =>
        ((YamlSequenceNode)job.Child("steps")!).Children.Cast<YamlMappingNode>().ToList();

    /// <summary>A step as the run's log names it.</summary>
    public static string StepName(this YamlMappingNode step) =>
        step.Scalar("name") ?? (step.Scalar("uses") is { } uses ? $"Run {uses}" : $"Run {step.Scalar("run")?.Split('\n')[0]}");
}
