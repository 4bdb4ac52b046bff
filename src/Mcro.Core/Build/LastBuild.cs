using Mcro.Site;

namespace Mcro.Build;

/// <summary>
/// What the output folder says of the last build (its manifest, read under the lock), the inputs' fingerprint now,
/// whether this build would make exactly what is there, and, when only some years' data changed, which.
/// </summary>
internal sealed record LastBuild(BuildManifest Manifest, InputFingerprint? Inputs, bool UpToDate, IReadOnlySet<int>? ChangedYears, string Detail)
{
    public static LastBuild Of(BuildRequest request, BuildManifest manifest)
    {
        var inputs = InputsNow(request);
        if (manifest.Fingerprint is null)
            return new LastBuild(manifest, inputs, false, null, manifest.Files.Count == 0 ? "none recorded" : "not recorded as built (inputs changed while it ran, or it did not finish)");
        if (manifest.Fingerprint != inputs?.Whole)
        {
            // Only year folders changed, and the build asks for every year: those years alone are built, the others kept.
            // …and the output is still exactly what the last build wrote: kept files are then those a full build would write.
            var changed = request.Years is null ? inputs?.ChangedYearsSince(manifest.Shared, manifest.Years) : null;
            return changed is { Count: > 0 } && manifest.Matches(request.OutputFolder)
                ? new LastBuild(manifest, inputs, false, changed, $"inputs changed in {string.Join(", ", changed.Order())} only: the other years are kept as built")
                : new LastBuild(manifest, inputs, false, null, "inputs changed");
        }
        return manifest.Matches(request.OutputFolder)
            ? new LastBuild(manifest, inputs, true, null, $"same inputs, output intact ({manifest.Files.Count} file(s)): nothing to do")
            : new LastBuild(manifest, inputs, false, null, "output changed since");
    }

    /// <summary>A build into memory: against the previous site in memory, if any; never "up to date" (the preview asks because something changed).</summary>
    public static LastBuild InMemory(BuildRequest request, PreviousSite? previous)
    {
        var inputs = InputsNow(request);
        if (previous is null) return new LastBuild(BuildManifest.None, inputs, false, null, "none in memory");
        var changed = request.Years is null ? inputs?.ChangedYearsSince(previous.Inputs.Shared, previous.Inputs.Years) : null;
        return changed is { Count: > 0 }
            ? new LastBuild(previous.AsManifest(), inputs, false, changed, $"inputs changed in {string.Join(", ", changed.Order())} only: the other years are kept as built")
            : new LastBuild(BuildManifest.None, inputs, false, null, "inputs changed");
    }

    public BuildOutcome AsOutcome(IReadOnlyList<BuildStep> steps) =>
        new BuildOutcome.UpToDate(new SiteSummary(Manifest.BuildYears, Manifest.BuildEditions, Manifest.Pages, Manifest.Charts), Manifest.Files.Count, steps);

    /// <summary>
    /// The fingerprint to record once the build is written: that of the bytes the build read, and only when it is the
    /// one the inputs had when the build began — a file added, removed or edited meanwhile (even an edit undone since)
    /// is never recorded as built, so the next build builds again.
    /// </summary>
    public InputFingerprint? ToRecord(BuildRequest request, Mcro.Loading.InputLog read)
    {
        var built = BuildFingerprint.Parts(request, read);
        return built is not null && built.Whole == Inputs?.Whole ? built : null;
    }

    /// <summary>The inputs' fingerprint now, or null when they cannot all be read (the build then reports why, as ever).</summary>
    private static InputFingerprint? InputsNow(BuildRequest request)
    {
        try
        {
            return BuildFingerprint.Parts(request);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
