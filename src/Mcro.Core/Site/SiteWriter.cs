namespace Mcro.Site;

/// <summary>
/// The one place that writes the site to disk. <see cref="Open"/> takes the output folder's <see cref="SiteLock"/>
/// and gives a sink into the staging folder; producers write their files there as they render them; <see
/// cref="SiteTransaction.Commit"/> then puts each changed unit in place with one atomic step, so a build killed at
/// any moment leaves every edition and root file either as it was or as it is now, never missing or half-written.
/// Only files an mcro build recorded in its manifest are ever replaced or removed.
/// </summary>
public static class SiteWriter
{
    public const string StagingFolder = SiteLayout.Staging;

    /// <summary>How long a build waits for another one writing into the same folder before it refuses.</summary>
    public static readonly TimeSpan DefaultLockWait = TimeSpan.FromSeconds(30);

    /// <summary>Takes the folder's lock (creating the folder and its marker if need be) and finishes what a killed build left.</summary>
    /// <exception cref="OutputFolderBusyException">Another build kept the lock for longer than <paramref name="lockWait"/>.</exception>
    public static SiteTransaction Open(string outputFolder, TimeSpan? lockWait = null) =>
        SiteTransaction.Begin(outputFolder, lockWait ?? DefaultLockWait);

    /// <summary>Writes these files as one build (tests, benchmarks): every unit they fall in is theirs alone.</summary>
    public static WriteReport Write(IEnumerable<SiteFile> files, string outputFolder, TimeSpan? lockWait = null, string? fingerprint = null)
    {
        using var transaction = Open(outputFolder, lockWait);
        foreach (var file in files) transaction.Sink.Write(file.Path, file.Content);
        return transaction.Commit(new CommitRequest(fingerprint, [], [], 0, 0, KeepUnit: _ => false));
    }
}

/// <summary>What the manifest records of a build, and which units of the last build it leaves alone.</summary>
/// <param name="KeepUnit">For a unit of the last build that this one did not produce: true keeps it (an edition not built this time), false removes mcro's files in it.</param>
public sealed record CommitRequest(
    string? Fingerprint,
    IReadOnlyList<int> BuildYears,
    IReadOnlyList<string> BuildEditions,
    int Pages,
    int Charts,
    Func<string, bool> KeepUnit)
{
    /// <summary>The fingerprint's parts, for the next build to rebuild only the years that changed.</summary>
    public string? Shared { get; init; }

    public IReadOnlyDictionary<int, string> Years { get; init; } = new Dictionary<int, string>();
}
