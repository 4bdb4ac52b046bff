namespace Mcro.Tests.Release;

/// <summary>
/// mcro packed as the release workflow packs it (scripts/pack-release.sh), laid out as GitHub serves a release:
/// <c>v1.2.3/Mcro.Factsheets.1.2.3.nupkg</c>, the runtimes' packages and <c>v1.2.3/SHA256SUMS</c>. Packed once for the
/// tests that share it: packing takes minutes.
/// </summary>
public sealed class PackedRelease : IDisposable
{
    private readonly TempFolder _folder = new("mcro-release-");

    public PackedRelease()
    {
        var (code, output) = Command.Run("bash", [Path.Combine(RepositoryRoot.Path, "scripts", "pack-release.sh"), TagFolder], RepositoryRoot.Path);
        Assert.True(code == 0, $"scripts/pack-release.sh exited {code}:\n{output}");
    }

    /// <summary>The base address's folder: one folder per tag below it.</summary>
    public string Releases => _folder.PathOf("releases");

    public string TagFolder => Path.Combine(Releases, "v" + ReleaseVersion.Current);

    public void Dispose() => _folder.Dispose();
}

/// <summary>The tests that install the packed release share one pack.</summary>
[CollectionDefinition(Name)]
public sealed class PackedReleaseCollection : ICollectionFixture<PackedRelease>
{
    public const string Name = "packed release";
}
