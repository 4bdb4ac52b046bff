namespace Mcro.Build;

/// <summary>
/// The inputs' fingerprint, whole and in parts: <paramref name="Shared"/> covers what every page depends on (the tool,
/// the request, the templates, the data outside the year folders), <paramref name="Years"/> each year folder.
/// </summary>
public sealed record InputFingerprint(string Whole, string Shared, IReadOnlyDictionary<int, string> Years)
{
    /// <summary>
    /// The years whose data differs from an earlier build's, added or removed; null when what every page depends on
    /// changed too (or the earlier build recorded no parts), so everything is built.
    /// </summary>
    public IReadOnlySet<int>? ChangedYearsSince(string? shared, IReadOnlyDictionary<int, string> years)
    {
        if (shared is null || shared != Shared || years.Count == 0) return null;
        return Years.Keys.Union(years.Keys)
            .Where(year => !(Years.TryGetValue(year, out var now) && years.TryGetValue(year, out var before) && now == before))
            .ToHashSet();
    }
}
