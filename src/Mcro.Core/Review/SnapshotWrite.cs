namespace Mcro.Review;

/// <summary>
/// What accepting did to a snapshot folder, file by file ('/'-separated paths in the folder): only a file whose bytes
/// change is written, so what git shows changed, and the dates a build tool sees, are what changed.
/// </summary>
/// <param name="Added">Written where there was no file.</param>
/// <param name="Rewritten">Written over a file whose bytes differed.</param>
/// <param name="Removed">Snapshot files of editions the snapshots no longer have.</param>
/// <param name="Kept">Already byte for byte as they would be written: not written at all.</param>
public sealed record SnapshotWrite(IReadOnlyList<string> Added, IReadOnlyList<string> Rewritten, IReadOnlyList<string> Removed, IReadOnlyList<string> Kept)
{
    public static SnapshotWrite None { get; } = new([], [], [], []);

    public int Written => Added.Count + Rewritten.Count;

    /// <summary>Nothing in the folder was written or removed.</summary>
    public bool IsEmpty => Written == 0 && Removed.Count == 0;
}
