using System.Security.Cryptography;

namespace Mcro.Tests.Release;

/// <summary>
/// The action installs nothing it has not checked: a package that differs from its line in SHA256SUMS, a package
/// SHA256SUMS does not name, a file missing from the release, or a version that is not one, fails the step with why,
/// and leaves no mcro in the tool cache and nothing on PATH.
/// </summary>
public sealed class ActionRefusalTests() : TempFolderTest("mcro-action-refused-")
{
    private static readonly string Version = ReleaseVersion.Current;
    private static readonly string Tool = $"{ReleaseVersion.PackageId}.{Version}.nupkg";
    private static readonly string Runtime = $"{ReleaseVersion.PackageId}.linux-x64.{Version}.nupkg";

    public static TheoryData<string, string> Cases => new()
    {
        { "the tool's package changed after SHA256SUMS was written", "does not match SHA256SUMS" },
        { "a runtime's package changed after SHA256SUMS was written", "does not match SHA256SUMS" },
        { "SHA256SUMS has no line for the tool's package", "has no line for " + Tool },
        { "a package SHA256SUMS names is missing from the release", "could not download" },
        { "the release has no SHA256SUMS", "SHA256SUMS" },
        { "the version is not a version", "is not a version of mcro" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_release_that_fails_its_check_installs_nothing(string release, string why)
    {
        if (OperatingSystem.IsWindows()) return;
        var tag = Work.Folder(Path.Combine("releases", "v" + Version));
        File.WriteAllBytes(Path.Combine(tag, Tool), [.. "the tool's package"u8]);
        File.WriteAllBytes(Path.Combine(tag, Runtime), [.. "the linux-x64 package"u8]);
        var sums = Path.Combine(tag, "SHA256SUMS");
        File.WriteAllLines(sums, [Line(Path.Combine(tag, Tool)), Line(Path.Combine(tag, Runtime))]);
        var version = Version;
        switch (release)
        {
            case "the tool's package changed after SHA256SUMS was written": File.AppendAllText(Path.Combine(tag, Tool), "!"); break;
            case "a runtime's package changed after SHA256SUMS was written": File.AppendAllText(Path.Combine(tag, Runtime), "!"); break;
            case "SHA256SUMS has no line for the tool's package": File.WriteAllLines(sums, [Line(Path.Combine(tag, Runtime))]); break;
            case "a package SHA256SUMS names is missing from the release": File.Delete(Path.Combine(tag, Runtime)); break;
            case "the release has no SHA256SUMS": File.Delete(sums); break;
            case "the version is not a version": version = "../" + Version; break;
            default: throw new ArgumentOutOfRangeException(nameof(release), release, null);
        }
        using var server = new ReleaseServer(Work.PathOf("releases"));

        var run = CompositeAction.Run(Work.PathOf("runner"), new Dictionary<string, string> { ["version"] = version, ["releases-url"] = server.Address });

        Assert.NotEqual(0, run.Code);
        Assert.Contains(why, run.Output);
        Assert.Empty(run.PathAdditions);
        Assert.False(Directory.Exists(Path.Combine(Work.PathOf("runner"), "toolcache", "mcro")), run.Output);
    }

    private static string Line(string file) => $"{Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)))}  {Path.GetFileName(file)}";
}
