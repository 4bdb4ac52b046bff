using Mcro.Site;

namespace Mcro.Review;

/// <summary>Compares two digests as a reader would: editions, pages and downloads, figures, sentences, charts.</summary>
public static class SiteComparer
{
    public static SiteChanges Compare(SiteDigest before, SiteDigest after, FigureNames names)
    {
        var beforeFiles = before.Lines("", SiteDigest.FileList).ToHashSet(StringComparer.Ordinal);
        var afterFiles = after.Lines("", SiteDigest.FileList).ToHashSet(StringComparer.Ordinal);
        var beforeEditions = Editions(beforeFiles);
        var afterEditions = Editions(afterFiles);
        var editionsAdded = afterEditions.Except(beforeEditions).Order(StringComparer.Ordinal).ToList();
        var editionsRemoved = beforeEditions.Except(afterEditions).Order(StringComparer.Ordinal).ToList();
        // A whole edition added or removed is one change, not one per file in it.
        bool InWholeEdition(string path) => editionsAdded.Contains(SiteLayout.UnitOf(path)) || editionsRemoved.Contains(SiteLayout.UnitOf(path));
        var filesAdded = afterFiles.Except(beforeFiles).Where(p => !InWholeEdition(p)).Order(StringComparer.Ordinal).ToList();
        var filesRemoved = beforeFiles.Except(afterFiles).Where(p => !InWholeEdition(p)).Order(StringComparer.Ordinal).ToList();

        var units = before.Units.Intersect(after.Units)
            .Where(u => !editionsAdded.Contains(u) && !editionsRemoved.Contains(u))
            .AsParallel().AsOrdered()
            .Select(u => new UnitChanges(u, Figures(u, before, after, names), Texts(u, before, after), Charts(u, before, after)))
            .Where(u => u.Count > 0)
            .ToList();
        return new SiteChanges(editionsAdded, editionsRemoved, filesAdded, filesRemoved, units)
        {
            DefaultEdition = names.DefaultEdition,
            EditionOrder = names.EditionOrder,
            FilesInEditionsAdded = [.. afterFiles.Where(p => editionsAdded.Contains(SiteLayout.UnitOf(p))).Order(StringComparer.Ordinal)],
            YearsAdded = YearsAdded(beforeEditions, afterEditions, after, names),
        };
    }

    /// <summary>
    /// The years only the newer site has, each as its sheet's change table: every headline figure's change row, with the
    /// figure in the year before and in the year (the default edition's figures; they are the same in every edition).
    /// </summary>
    private static List<YearAdded> YearsAdded(HashSet<string> beforeEditions, HashSet<string> afterEditions, SiteDigest after, FigureNames names)
    {
        static HashSet<int> Years(IEnumerable<string> units) => [.. units.Select(SiteLayout.EditionOf).Where(e => e is not null).Select(e => e!.Value.Year)];
        var old = Years(beforeEditions);
        var now = Years(afterEditions);
        var added = new List<YearAdded>();
        foreach (var year in now.Except(old).Order())
        {
            string? UnitOf(int y) => afterEditions.Where(u => SiteLayout.EditionOf(u)?.Year == y)
                .OrderBy(u => SiteLayout.EditionOf(u)!.Value.Tag == names.DefaultEdition ? 0 : 1).ThenBy(u => u, StringComparer.Ordinal).FirstOrDefault();
            var previous = now.Where(y => y < year).Select(y => (int?)y).Max();
            var unit = UnitOf(year)!;
            var table = FigureTable.Of(after.Lines(unit, SiteDigest.Figures));
            var before = previous is { } p && UnitOf(p) is { } previousUnit ? FigureTable.Of(after.Lines(previousUnit, SiteDigest.Figures)) : FigureTable.Of([]);
            var rows = new List<HeadlineFigure>();
            foreach (var key in table.Order)
            {
                var row = table.Rows[key];
                var figure = Cell(row.Cells, "figure");
                if (!figure.StartsWith(ChangePrefix, StringComparison.Ordinal) || figure.EndsWith(BasisSuffix, StringComparison.Ordinal)
                    || figure.Contains(DisplayedSuffix, StringComparison.Ordinal)) continue;
                var headline = figure[ChangePrefix.Length..];
                var named = With(row.Cells, "figure", headline);
                // The page's own change (the difference of the rounded values) where the site has it; the exact one otherwise.
                var displayed = Find(table, With(row.Cells, "figure", figure + DisplayedSuffix));
                var shownBefore = Find(table, With(row.Cells, "figure", figure + DisplayedSuffix + "Previous"));
                var shownAfter = Find(table, With(row.Cells, "figure", figure + DisplayedSuffix + "Current"));
                var shown = displayed is not null && shownBefore is not null && shownAfter is not null;
                rows.Add(new HeadlineFigure(names.Name(unit, named), headline,
                    shown ? shownBefore : Find(before, With(named, "year", previous?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "")),
                    shown ? shownAfter : Find(table, named),
                    shown ? displayed : row.Value, Find(table, With(row.Cells, "figure", figure + BasisSuffix)), shown));
            }
            added.Add(new YearAdded(year, previous, rows));
        }
        return added;
    }

    private const string ChangePrefix = "change.";
    private const string BasisSuffix = ".basis";
    private const string DisplayedSuffix = ".displayed";

    private static string Cell(IReadOnlyList<KeyValuePair<string, string>> cells, string column) => cells.FirstOrDefault(c => c.Key == column).Value ?? "";

    private static List<KeyValuePair<string, string>> With(IReadOnlyList<KeyValuePair<string, string>> cells, string column, string value) =>
        [.. cells.Select(c => c.Key == column ? KeyValuePair.Create(column, value) : c)];

    private static string? Find(FigureTable table, IReadOnlyList<KeyValuePair<string, string>> cells) =>
        table.Rows.GetValueOrDefault(string.Join('\u001f', cells.Select(c => c.Value)))?.Value;

    private static HashSet<string> Editions(IEnumerable<string> files) =>
        files.Select(SiteLayout.UnitOf).Where(u => SiteLayout.EditionOf(u) is not null).ToHashSet(StringComparer.Ordinal);

    private static List<FigureChange> Figures(string unit, SiteDigest before, SiteDigest after, FigureNames names)
    {
        var old = FigureTable.Of(before.Lines(unit, SiteDigest.Figures));
        var now = FigureTable.Of(after.Lines(unit, SiteDigest.Figures));
        if (old.Rows.Count == 0 && now.Rows.Count == 0) return [];
        var changes = new List<FigureChange>();
        // In the order the sheet's figures come (the newer site's), then what only the older had.
        foreach (var key in now.Order.Concat(old.Order.Where(k => !now.Rows.ContainsKey(k))))
        {
            old.Rows.TryGetValue(key, out var was);
            now.Rows.TryGetValue(key, out var @is);
            if (was?.Value == @is?.Value) continue;
            var cells = (@is ?? was)!.Cells;
            var figure = Cell(cells, "figure");
            // A change the page shows is its ".displayed" row (the difference of the rounded values): the reader never
            // sees the exact one. It stands under the change's own name and key; the exact row goes where it is there.
            // The numbers a change row shows are the figure's own rows, rounded: they say nothing those rows do not.
            if (figure.StartsWith(ChangePrefix, StringComparison.Ordinal) && (figure.EndsWith(DisplayedSuffix + "Previous", StringComparison.Ordinal)
                || figure.EndsWith(DisplayedSuffix + "Current", StringComparison.Ordinal))) continue;
            var displayed = figure.StartsWith(ChangePrefix, StringComparison.Ordinal) && figure.EndsWith(DisplayedSuffix, StringComparison.Ordinal);
            if (displayed) cells = With(cells, "figure", figure = figure[..^DisplayedSuffix.Length]);
            else if (figure.StartsWith(ChangePrefix, StringComparison.Ordinal) && !figure.EndsWith(BasisSuffix, StringComparison.Ordinal)
                && (Find(now, With(cells, "figure", figure + DisplayedSuffix)) ?? Find(old, With(cells, "figure", figure + DisplayedSuffix))) is not null) continue;
            // A change row's basis is a row of its own; a share's change reads in percentage points.
            var basis = figure.StartsWith(ChangePrefix, StringComparison.Ordinal) && !figure.EndsWith(BasisSuffix, StringComparison.Ordinal)
                ? Find(now, With(cells, "figure", figure + BasisSuffix)) ?? Find(old, With(cells, "figure", figure + BasisSuffix))
                : null;
            changes.Add(new FigureChange(names.Name(unit, cells), was?.Value, @is?.Value)
            {
                Key = displayed ? string.Join('\u001f', cells.Select(c => c.Value)) : key,
                FigureKey = figure,
                Basis = basis,
                Displayed = displayed,
                Year = int.TryParse(Cell(cells, "year"), System.Globalization.CultureInfo.InvariantCulture, out var year) ? year : null,
            });
        }
        return changes;
    }

    private static List<TextChange> Texts(string unit, SiteDigest before, SiteDigest after)
    {
        var old = before.Pages(unit);
        var now = after.Pages(unit);
        var changes = new List<TextChange>();
        foreach (var (page, lines) in now)
        {
            if (!old.TryGetValue(page, out var was) || was.SequenceEqual(lines)) continue;
            foreach (var (removed, added) in LineDiff.Hunks(was, lines))
            {
                // A chart's own lines are reported with the charts; what is left is prose, headings and table rows.
                var prose = (Before: Prose(removed), After: Prose(added));
                if (prose.Before.Count + prose.After.Count > 0) changes.Add(new TextChange(page, prose.Before, prose.After));
            }
        }
        return changes;
    }

    private static List<string> Prose(IReadOnlyList<string> lines) =>
        lines.Where(l => !l.StartsWith(ReaderText.ChartMark, StringComparison.Ordinal)).ToList();

    private static List<ChartChange> Charts(string unit, SiteDigest before, SiteDigest after)
    {
        var old = ChartLines(before.Lines(unit, SiteDigest.Charts));
        var now = ChartLines(after.Lines(unit, SiteDigest.Charts));
        return now.Keys.Union(old.Keys).Order(StringComparer.Ordinal)
            .Where(chart => old.GetValueOrDefault(chart) != now.GetValueOrDefault(chart))
            .Select(chart => Changed(chart, old.GetValueOrDefault(chart), now.GetValueOrDefault(chart)))
            .ToList();
    }

    /// <summary>
    /// A chart's description lists its bars ("Yes: 33; No: 2"): when only some bars changed, only they are shown,
    /// after the title, so a long chart's one changed figure stands out.
    /// </summary>
    private static ChartChange Changed(string chart, string? before, string? after)
    {
        if (before is null || after is null) return new ChartChange(chart, before, after);
        var (oldTitle, oldBars) = Bars(before);
        var (newTitle, newBars) = Bars(after);
        if (oldTitle != newTitle || oldBars.Length != newBars.Length) return new ChartChange(chart, before, after);
        var changed = Enumerable.Range(0, oldBars.Length).Where(i => oldBars[i] != newBars[i]).ToList();
        return new ChartChange(chart, newTitle + " — " + string.Join("; ", changed.Select(i => oldBars[i])), newTitle + " — " + string.Join("; ", changed.Select(i => newBars[i])));
    }

    private static (string Title, string[] Bars) Bars(string line) =>
        line.Split(" — ", 2) is [var title, var description] ? (title, description.TrimEnd('.').Split("; ")) : (line, []);

    private static Dictionary<string, string> ChartLines(IEnumerable<string> lines) =>
        lines.Select(l => l.Split(": ", 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
}
