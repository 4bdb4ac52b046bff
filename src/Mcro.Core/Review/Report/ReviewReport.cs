namespace Mcro.Review.Report;

/// <summary>
/// A comparison as a reviewer reads it: the data's changes, then their effect once: figures once for all editions (as
/// the default edition shows them), texts and charts of one edition with the others summarised, knock-on changes
/// counted by kind, and each year added as its headline figures beside the year before. The writers only print it.
/// </summary>
/// <param name="Lead">The edition whose texts and charts are shown: the default edition, or the first that changed.</param>
/// <param name="SameIn">The other editions whose change is the lead's in translation: the same pages, the same numbers.</param>
/// <param name="Differing">The editions whose change differs in more than its translation, each with what the lead's lacks.</param>
public sealed record ReviewReport(
    SiteChanges Changes,
    string? Lead,
    IReadOnlyList<ShownFigure> Figures,
    IReadOnlyList<PlacedText> Texts,
    IReadOnlyList<PlacedChart> Charts,
    IReadOnlyList<KnockOn> KnockOns,
    IReadOnlyList<string> SameIn,
    IReadOnlyList<EditionChanges> Differing,
    IReadOnlyList<NewYear> NewYears)
{
    /// <summary>What a reader would see, each counted once: the figure lines, texts, charts, kinds of knock-on, years, editions and files.</summary>
    public int Count => Figures.Count + Texts.Count + Charts.Count + KnockOns.Count + NewYears.Count + Differing.Sum(d => d.Texts.Count + d.Charts.Count)
        + Changes.EditionsAdded.Count(e => !InNewYear(e)) + Changes.EditionsRemoved.Count + Changes.FilesAdded.Count + Changes.FilesRemoved.Count;

    /// <summary>
    /// The editions switched on or off in every year (no year of the newer, or older, site keeps them), each with the
    /// count of its files outside the year folders (its landing page, index, trends): counted with it, never listed.
    /// </summary>
    public IReadOnlyList<(string Edition, bool Added, int Files)> Switched
    {
        get
        {
            static string? Tag(string unit) => Site.SiteLayout.EditionOf(unit)?.Tag;
            var removed = Changes.EditionsRemoved.Select(Tag).OfType<string>().Distinct(StringComparer.Ordinal)
                .Where(t => !Changes.Units.Any(u => Tag(u.Unit) == t)).Select(t => (t, false));
            var added = Changes.EditionsAdded.Where(e => !InNewYear(e)).Select(Tag).OfType<string>().Distinct(StringComparer.Ordinal)
                .Where(t => !Changes.Units.Any(u => Tag(u.Unit) == t)).Select(t => (t, true));
            return [.. removed.Concat(added).Select(e => (e.t, e.Item2, (e.Item2 ? Changes.FilesAdded : Changes.FilesRemoved).Count(f => OfEdition(f, e.t))))];
        }
    }

    /// <summary>A file outside the year folders that belongs to an edition: "sr-Cyrl/index.html", "trends/sr-Cyrl/index.html".</summary>
    public bool OfSwitchedEdition(string file) => Switched.Any(s => OfEdition(file, s.Edition));

    private static bool OfEdition(string file, string tag) => file.Split('/').Contains(tag, StringComparer.Ordinal);

    /// <summary>An edition added with its whole year: the year's summary says it.</summary>
    public bool InNewYear(string edition) => Site.SiteLayout.EditionOf(edition) is { } e && NewYears.Any(y => y.Year == e.Year);
}

/// <summary>A figure as the page shows it (before, after; null when it is new or gone), with the tidy CSV's own change.</summary>
public sealed record ShownFigure(string Name, string? Before, string? After, FigureChange Raw);

/// <summary>A text change on a page, by its path in the site ("2019/sq/index.html").</summary>
public sealed record PlacedText(string Page, TextChange Change);

/// <summary>A chart change, by its path in the site ("2019/sq/charts/core-tasks.svg").</summary>
public sealed record PlacedChart(string Chart, ChartChange Change);

/// <summary>
/// One kind of knock-on change: the same change (numbers aside) on many pages, counted, with one of them as the example.
/// </summary>
/// <param name="Pages">How many pages (or charts) of the lead edition show it.</param>
/// <param name="Kinds">The pages by kind: "96 profiles (2018, 2019, 2020), 3 sheets".</param>
/// <param name="NumbersVary">Whether the pages' numbers differ from the example's.</param>
public sealed record KnockOn(int Pages, string Kinds, PlacedText? Text, PlacedChart? Chart, bool NumbersVary);

/// <summary>An edition's own changes, beyond the lead edition's in translation.</summary>
public sealed record EditionChanges(string Edition, IReadOnlyList<PlacedText> Texts, IReadOnlyList<PlacedChart> Charts);

/// <summary>A year added: the sheet's change table in the report's words, and its editions' files counted.</summary>
public sealed record NewYear(int Year, int? Previous, IReadOnlyList<ShownHeadline> Headlines, int Editions, int Pages, int Charts, int Downloads, int Figures);

/// <summary>A headline figure in the year before and the year, and its change, as the sheet shows them.</summary>
public sealed record ShownHeadline(string Name, string? Before, string? After, string? Change);
