using Mcro.Site;

namespace Mcro.Build;

/// <summary>What the output folder says of the last build: its manifest, and whether this build would make exactly that again.</summary>
internal sealed record LastBuild(BuildManifest Manifest, bool UpToDate, string Detail)
{
    public static LastBuild Of(BuildRequest request)
    {
        var manifest = BuildManifest.Read(request.OutputFolder);
        if (manifest.Fingerprint is null) return new LastBuild(manifest, false, manifest.Files.Count == 0 ? "none recorded" : "not finished");
        if (manifest.Fingerprint != Fingerprint(request)) return new LastBuild(manifest, false, "inputs changed");
        return manifest.Matches(request.OutputFolder)
            ? new LastBuild(manifest, true, $"same inputs, output intact ({manifest.Files.Count} file(s)): nothing to do")
            : new LastBuild(manifest, false, "output changed since");
    }

    public BuildOutcome AsOutcome(IReadOnlyList<BuildStep> steps) =>
        new BuildOutcome.UpToDate(new SiteSummary(Manifest.BuildYears, Manifest.BuildEditions, Manifest.Pages, Manifest.Charts), Manifest.Files.Count, steps);

    /// <summary>The inputs' fingerprint now, or null when they cannot all be read (the build then reports why, as ever).</summary>
    private static string? Fingerprint(BuildRequest request)
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
