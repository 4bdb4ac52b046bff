using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Mcro.Tests.Release;

/// <summary>
/// docs/ci.md's install routes, as written there: the workflow installs with mcro's action at the version of
/// version.txt, and the tool manifest route, with the page's nuget.config pointed at a folder feed holding the packed
/// release, installs and runs mcro while no other feed is reachable.
/// </summary>
[Collection(PackedReleaseCollection.Name)]
public sealed partial class DocumentedInstallTests(PackedRelease release) : TempFolderTest("mcro-documented-install-")
{
    private static string Page => File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "ci.md"));

    [Fact]
    public void The_documented_workflow_installs_mcro_with_its_action_at_the_current_version()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(Assert.Single(Block("yaml").Matches(Page)).Groups[1].Value));
        var steps = ((YamlMappingNode)yaml.Documents[0].RootNode).AllNodes.OfType<YamlMappingNode>()
            .Where(n => n.Children.ContainsKey(new YamlScalarNode("uses"))).ToList();

        var install = Assert.Single(steps, s => ActionOfMcro().IsMatch(Yaml.Scalar(s, "uses")!));

        Assert.Equal(ReleaseVersion.Current, Yaml.Scalar(Yaml.Mapping(install, "with"), "version"));
    }

    [Fact]
    public void The_documented_tool_manifest_and_nuget_config_install_mcro_from_the_team_feed()
    {
        if (OperatingSystem.IsWindows()) return;
        var repository = Work.Folder("data-repository");
        var config = Assert.Single(Block("xml").Matches(Page)).Groups[1].Value;
        Assert.Contains("<clear />", config);
        var team = TeamFeed().Match(config);
        Assert.True(team.Success, "the page's nuget.config has no source named team");
        File.WriteAllText(Path.Combine(repository, "nuget.config"), config.Replace(team.Groups[1].Value, release.TagFolder, StringComparison.Ordinal));
        const string nowhere = "http://127.0.0.1:9";
        var environment = new Dictionary<string, string?>
        {
            ["NUGET_PACKAGES"] = Work.PathOf("nuget-packages"), ["HTTP_PROXY"] = nowhere, ["HTTPS_PROXY"] = nowhere,
            // The SDK remembers where it found a local tool's version (~/.dotnet/toolResolverCache): a home of its own keeps
            // an earlier pack of the same version, from another run on this machine, from standing in for this one.
            ["DOTNET_CLI_HOME"] = Work.PathOf("dotnet-home"), ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1",
        };
        var commands = Regex.Matches(Page, @"^ {4}(dotnet (?:new tool-manifest|tool install Mcro\.Factsheets)[^\n]*)$", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).Where(c => !c.Contains("--global", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, commands.Count);

        foreach (var command in commands.Append("dotnet tool restore").Append("dotnet mcro validate --data " + RepositoryRoot.Data))
        {
            var (code, output) = Command.Run("bash", ["-ec", command], repository, environment);
            Assert.True(code == 0, $"{command}:\n{output}");
        }
        Assert.True(File.Exists(Path.Combine(repository, ".config", "dotnet-tools.json")));
        Assert.Contains("\"mcro.factsheets\"", File.ReadAllText(Path.Combine(repository, ".config", "dotnet-tools.json")));
    }

    private static Regex Block(string language) => new($"```{language}\\n(.*?)```", RegexOptions.Singleline);

    [GeneratedRegex(@"^[\w.-]+/mcro@v\d+$")]
    private static partial Regex ActionOfMcro();

    [GeneratedRegex("<add key=\"team\" value=\"([^\"]+)\"")]
    private static partial Regex TeamFeed();
}
