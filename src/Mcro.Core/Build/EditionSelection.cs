using Mcro.Diagnostics;
using Mcro.Localization;
using Mcro.Model;

namespace Mcro.Build;

/// <summary>Turns --year and --lang into a <see cref="SitePlan"/>, or a problem naming what exists.</summary>
public static class EditionSelection
{
    /// <param name="years">Every year of the dataset.</param>
    /// <param name="buildYears">The years to build (null: all).</param>
    /// <param name="languages">The edition tags asked for, any letter case, "sr-Latn" for sr (null: all).</param>
    public static Result<SitePlan> Plan(DatasetConfig config, IReadOnlyList<int> years,
        IReadOnlyList<int>? buildYears, IReadOnlyList<string>? languages, string? baseUrl)
    {
        // A derived edition sits right after the one it comes from: sq, sr, sr-Cyrl, en.
        var editions = config.Editions.Select(tag => Edition.For(tag) with { KeepLatin = config.KeepLatin }).ToList();
        foreach (var derived in editions.Where(e => e.IsCyrillic).ToList())
        {
            editions.Remove(derived);
            editions.Insert(editions.FindIndex(e => e.Tag == derived.DataLanguage) + 1, derived);
        }
        var chosen = new List<Edition>();
        var bag = new DiagnosticBag();
        foreach (var language in languages ?? [])
        {
            var tag = language.Equals("sr-Latn", StringComparison.OrdinalIgnoreCase) ? "sr" : language;
            var edition = editions.FirstOrDefault(e => e.Tag.Equals(tag, StringComparison.OrdinalIgnoreCase));
            if (edition is null)
                bag.Add(config.Location with { Line = 0, Column = 0 }, ProblemCode.EditionUnknown,
                    $"--lang {language}: this dataset has no such edition; its editions are {string.Join(", ", editions.Select(e => e.Tag))}{Suggestions.DidYouMean(language, editions.Select(e => e.Tag))}");
            else if (!chosen.Contains(edition)) chosen.Add(edition);
        }
        if (bag.Count > 0) return Result<SitePlan>.Failed(bag.ToSortedList());
        var landing = editions.FirstOrDefault(e => e.Tag == config.DefaultLanguage) ?? editions[0];
        var plan = new SitePlan(years, editions, buildYears ?? years,
            languages is null || languages.Count == 0 ? editions : editions.Where(chosen.Contains).ToList(), landing, baseUrl);
        return Result<SitePlan>.Ok(plan);
    }
}
