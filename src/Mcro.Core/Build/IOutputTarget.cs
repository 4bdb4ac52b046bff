using Mcro.Producers;
using Mcro.Site;

namespace Mcro.Build;

/// <summary>
/// Where a build goes: an output folder (locked, staged, then committed at once) or memory (the preview, tests). Every
/// step of the build is the same for both; only what is asked of this differs.
/// </summary>
internal interface IOutputTarget : IDisposable
{
    /// <summary>What the build's step shows: "ok", "in memory".</summary>
    string Detail { get; }

    /// <summary>What the output folder says of the last build, or the previous site in memory.</summary>
    LastBuild LastBuild(BuildRequest request);

    /// <summary>Where the producers write; nothing reaches the site before <see cref="Commit"/>.</summary>
    ISiteSink Sink { get; }

    /// <summary>Whether a sheet of the last build is still there, to be kept.</summary>
    bool StillThere(string sheet);

    /// <summary>The site made: what was produced, with the sheets the plan keeps from the last build.</summary>
    /// <param name="inputs">The fingerprint of what the build read, to record; null: not to be taken for built.</param>
    WriteReport Commit(SitePlan plan, SiteSummary summary, Produced produced, InputFingerprint? inputs);
}
