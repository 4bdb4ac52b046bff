using Mcro.Localization;
using Mcro.Site;

namespace Mcro.Build;

/// <summary>
/// What a build renders, loads and keeps, worked out from what it was asked and what changed since the last build.
/// Pure: the year folders, the last build's files and what is still in the output are handed in, never read here.
/// </summary>
public static class IncrementalPlan
{
    /// <summary>
    /// The years to build when only some years' data changed: each changed year still in the data, with the years after
    /// it — a sheet shows the change from the year before, and a profile the years up to its own. A year taken out of
    /// the data is not built; its editions go as the plan finds them gone.
    /// </summary>
    /// <param name="inData">The year folders of the data now.</param>
    public static IReadOnlyList<int> YearsToBuild(IEnumerable<int> changed, IEnumerable<int> inData)
    {
        var years = inData.Order().ToList();
        return [.. changed.Where(years.Contains).SelectMany(y => years.Where(next => next >= y)).Distinct().Order()];
    }

    /// <summary>
    /// The years to load, once: those asked for and every year with data, since every sheet compares with the year
    /// before and the trends page shows every year. An empty year folder is not an edition yet: it is loaded only when
    /// asked for. A year asked for that has no folder: only the years asked for, whose load then names the years there are.
    /// </summary>
    /// <param name="asked">The years to build; null: every year, and so every year folder is loaded.</param>
    /// <param name="folders">The year folders of the data.</param>
    /// <param name="withData">The year folders holding anything.</param>
    public static IReadOnlyList<int>? YearsToLoad(IReadOnlyList<int>? asked, IReadOnlyCollection<int> folders, IReadOnlySet<int> withData)
    {
        if (asked is not { Count: > 0 }) return asked;
        if (!asked.All(folders.Contains)) return asked;
        return [.. asked.Union(folders.Where(withData.Contains)).Order()];
    }

    /// <summary>
    /// The sheets of the last build the site keeps — recorded in its manifest, still in the output, of a year loaded and
    /// an edition of the dataset, and not built now — and, when the published sheets change, those kept ones rendered
    /// again instead, so that none links a sheet that is gone or misses a new one.
    /// </summary>
    /// <param name="lastBuild">The paths of the files the last build recorded.</param>
    /// <param name="loaded">The years loaded: a kept sheet of another year could not be rendered again.</param>
    /// <param name="stillThere">Whether a sheet of the last build is still in the output.</param>
    public static SitePlan Keep(SitePlan plan, IEnumerable<string> lastBuild, IReadOnlyCollection<int> loaded, Func<string, bool> stillThere)
    {
        var before = lastBuild
            .Where(path => SiteLayout.EditionOf(SiteLayout.UnitOf(path)) is var (year, tag) && path == SiteLayout.Sheet(year, Edition.For(tag)))
            .Select(SiteLayout.UnitOf)
            .ToHashSet(StringComparer.Ordinal);
        var kept = before
            .Where(unit => plan.IsDatasetEdition(unit) && SiteLayout.EditionOf(unit) is var (year, tag) && loaded.Contains(year)
                && !plan.IsBuilt(year, Edition.For(tag)) && stillThere(SiteLayout.Sheet(year, Edition.For(tag))))
            .ToHashSet(StringComparer.Ordinal);
        plan = plan with { Kept = kept };
        return kept.Count > 0 && !plan.Published.SetEquals(before)
            ? plan with { Kept = new HashSet<string>(StringComparer.Ordinal), Rerendered = kept }
            : plan;
    }
}
