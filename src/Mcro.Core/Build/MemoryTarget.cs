using Mcro.Producers;
using Mcro.Site;

namespace Mcro.Build;

/// <summary>A site in memory (the preview, tests): no folder is checked, read or written; the last build is the previous site, if any.</summary>
internal sealed class MemoryTarget(MemorySink sink, PreviousSite? previous) : IOutputTarget
{
    public string Detail => "in memory";

    public LastBuild LastBuild(BuildRequest request) => Build.LastBuild.InMemory(request, previous);

    public ISiteSink Sink => sink;

    public bool StillThere(string sheet) => previous?.Files.Any(f => f.Path == sheet) == true;

    /// <summary>The kept sheets' files come from the previous site, as they stay in an output folder.</summary>
    public WriteReport Commit(SitePlan plan, SiteSummary summary, Produced produced, InputFingerprint? inputs)
    {
        var kept = previous?.Files.Where(f => plan.Kept.Contains(SiteLayout.UnitOf(f.Path))).ToList() ?? [];
        foreach (var file in kept) sink.Write(file.Path, file.Content);
        return new WriteReport(produced.Files, kept.Count);
    }

    public void Dispose()
    {
    }
}
