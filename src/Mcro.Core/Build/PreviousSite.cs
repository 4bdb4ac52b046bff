using Mcro.Site;

namespace Mcro.Build;

/// <summary>
/// A site built into memory before, with the fingerprint of the inputs it was built from: the next build into memory
/// (the preview) renders only the years whose data changed and takes the rest from here.
/// </summary>
public sealed record PreviousSite(IReadOnlyList<SiteFile> Files, InputFingerprint Inputs)
{
    /// <summary>The previous site as a manifest, so a build plans from it as it plans from an output folder.</summary>
    internal BuildManifest AsManifest() =>
        new(Inputs.Whole, [], [], 0, 0, Files.Select(f => BuildManifest.Entry.Of(f.Path, f.Content)).ToList()) { Shared = Inputs.Shared, Years = Inputs.Years };
}
