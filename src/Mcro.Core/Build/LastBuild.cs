using Mcro.Site;

namespace Mcro.Build;

/// <summary>
/// What the output folder says of the last build (its manifest, read under the lock), the inputs' fingerprint now,
/// and whether this build would make exactly what is there.
/// </summary>
internal sealed record LastBuild(BuildManifest Manifest, string? Fingerprint, bool UpToDate, string Detail)
{
    public static LastBuild Of(BuildRequest request, BuildManifest manifest)
    {
        var fingerprint = FingerprintNow(request);
        if (manifest.Fingerprint is null) return new LastBuild(manifest, fingerprint, false, manifest.Files.Count == 0 ? "none recorded" : "not recorded as built (inputs changed while it ran, or it did not finish)");
        if (manifest.Fingerprint != fingerprint) return new LastBuild(manifest, fingerprint, false, "inputs changed");
        return manifest.Matches(request.OutputFolder)
            ? new LastBuild(manifest, fingerprint, true, $"same inputs, output intact ({manifest.Files.Count} file(s)): nothing to do")
            : new LastBuild(manifest, fingerprint, false, "output changed since");
    }

    public BuildOutcome AsOutcome(IReadOnlyList<BuildStep> steps) =>
        new BuildOutcome.UpToDate(new SiteSummary(Manifest.BuildYears, Manifest.BuildEditions, Manifest.Pages, Manifest.Charts), Manifest.Files.Count, steps);

    /// <summary>
    /// The fingerprint to record once the build is written: that of the bytes the build read, and only when it is the
    /// one the inputs had when the build began — a file added, removed or edited meanwhile (even an edit undone since)
    /// is never recorded as built, so the next build builds again.
    /// </summary>
    public string? ToRecord(BuildRequest request, Mcro.Loading.InputLog read)
    {
        var built = BuildFingerprint.Of(request, read);
        return built is not null && built == Fingerprint ? built : null;
    }

    /// <summary>The inputs' fingerprint now, or null when they cannot all be read (the build then reports why, as ever).</summary>
    private static string? FingerprintNow(BuildRequest request)
    {
        try
        {
            return BuildFingerprint.Of(request);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
