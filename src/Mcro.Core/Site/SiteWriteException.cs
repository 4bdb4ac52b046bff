namespace Mcro.Site;

/// <summary>
/// The disk refused a write half-way (full, permissions, a file where a folder should be), or the site holds a
/// symbolic link where mcro would write: the user's to fix, not a bug. Says exactly which parts were replaced.
/// </summary>
public sealed class SiteWriteException(string message, IReadOnlyList<string> replaced, IReadOnlyList<string> notReplaced, Exception? inner = null)
    : IOException(message, inner)
{
    /// <summary>The units (editions, assets, root files) that hold the new build.</summary>
    public IReadOnlyList<string> Replaced { get; } = replaced;

    /// <summary>The units still as they were before this build.</summary>
    public IReadOnlyList<string> NotReplaced { get; } = notReplaced;
}
