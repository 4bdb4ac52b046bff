using Mcro.Diagnostics;
using Mcro.Site;

namespace Mcro.Build;

/// <summary>How a build ended: built, already up to date, or stopped by problems. Every outcome has its timed steps.</summary>
public abstract record BuildOutcome(IReadOnlyList<BuildStep> Steps)
{
    /// <summary>What the data gave to look at without stopping the build (a year copied from the last one), however it ended.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];

    /// <summary>The site was built and written (or, for a build into memory, produced).</summary>
    public sealed record Built(SiteSummary Site, WriteReport Written, IReadOnlyList<BuildStep> Steps) : BuildOutcome(Steps)
    {
        /// <summary>For a build into memory: the fingerprint of what it read, for the next one to rebuild only what changed; null when inputs changed while it ran.</summary>
        public InputFingerprint? Inputs { get; init; }
    }

    /// <summary>Same inputs, request and tool as the last build, whose output is intact: nothing was read, rendered or written.</summary>
    public sealed record UpToDate(SiteSummary Site, int Files, IReadOnlyList<BuildStep> Steps) : BuildOutcome(Steps);

    /// <summary>Problems stopped the build. <paramref name="Replaced"/>: what a write refused half-way had already replaced (usually nothing).</summary>
    public sealed record Failed(IReadOnlyList<Diagnostic> Problems, IReadOnlyList<string> Replaced, IReadOnlyList<BuildStep> Steps) : BuildOutcome(Steps);
}

/// <summary>What a build made, for its summary line.</summary>
public sealed record SiteSummary(IReadOnlyList<int> Years, IReadOnlyList<string> Editions, int Pages, int Charts);
