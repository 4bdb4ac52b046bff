namespace Mcro.Tests.Release;

/// <summary>
/// action.yml, run as a runner runs it, installs mcro from a release served on 127.0.0.1 (packed by the release
/// workflow's own script), and the installed mcro works; no other feed is reachable while it does.
/// </summary>
[Collection(PackedReleaseCollection.Name)]
public sealed class ActionInstallTests(PackedRelease release) : TempFolderTest("mcro-action-")
{
    [Fact]
    public void The_action_installs_the_release_into_the_tool_cache_and_the_installed_mcro_validates_the_sample()
    {
        if (OperatingSystem.IsWindows()) return; // the runners the action is for run bash; the test's commands are Unix ones
        using var server = new ReleaseServer(release.Releases);

        // No version input: the action's own (version.txt), as `uses: OWNER/mcro@v1.2.3` gets it.
        var run = CompositeAction.Run(Work.PathOf("runner"), new Dictionary<string, string> { ["releases-url"] = server.Address });

        Assert.True(run.Code == 0, run.Output);
        var installed = Path.Combine(Work.PathOf("runner"), "toolcache", "mcro", ReleaseVersion.Current);
        Assert.Equal([installed], run.PathAdditions);
        Assert.Equal(installed, run.Outputs["path"]);
        Assert.Equal(ReleaseVersion.Current, run.Outputs["version"]);
        Assert.Contains($"/v{ReleaseVersion.Current}/SHA256SUMS", server.Requests);
        Assert.Contains($"/v{ReleaseVersion.Current}/{ReleaseVersion.PackageId}.{ReleaseVersion.Current}.nupkg", server.Requests);

        // The folder named in GITHUB_PATH: a bare "mcro" would be looked up on this process's PATH, not the runner's.
        var mcro = Path.Combine(run.PathAdditions[0], "mcro");
        var (code, output) = Command.Run(mcro, ["validate", "--data", RepositoryRoot.Data], Work.Path);
        Assert.True(code == 0, output);
        Assert.Contains("no problems", output);
        var version = Command.Run(mcro, ["--version"], Work.Path);
        Assert.StartsWith(ReleaseVersion.Current + "+", version.Output.Trim());
        // `dotnet mcro …`, as the workflows written for a tool manifest say it: the dotnet host looks on the runner's PATH.
        var onPath = new Dictionary<string, string?> { ["PATH"] = installed + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH") };
        var throughDotnet = Command.Run("dotnet", ["mcro", "--version"], Work.Path, onPath);
        Assert.True(throughDotnet.Code == 0, throughDotnet.Output);
        Assert.Equal(version.Output.Trim(), throughDotnet.Output.Trim());
    }

    [Fact]
    public void A_version_already_in_the_tool_cache_is_used_again_without_downloading()
    {
        if (OperatingSystem.IsWindows()) return;
        var inputs = new Dictionary<string, string> { ["version"] = ReleaseVersion.Current };
        using (var server = new ReleaseServer(release.Releases))
            Assert.True(CompositeAction.Run(Work.PathOf("runner"), new Dictionary<string, string>(inputs) { ["releases-url"] = server.Address }).Code == 0);

        var again = CompositeAction.Run(Work.PathOf("runner"), new Dictionary<string, string>(inputs) { ["releases-url"] = "http://127.0.0.1:9" });

        Assert.True(again.Code == 0, again.Output);
        Assert.Contains("already in the tool cache", again.Output);
        Assert.Single(again.PathAdditions.Distinct());
    }
}
