using System.Text.RegularExpressions;
using Mcro.Localization;
using Mcro.Site;

namespace Mcro.Review.Report;

/// <summary>Builds the reviewer's report from a comparison: see <see cref="ReviewReport"/>.</summary>
public static partial class ReviewReportBuilder
{
    /// <summary>The same change (numbers aside) on this many pages or more is a knock-on: counted, not listed.</summary>
    public const int KnockOnPages = 3;

    /// <summary>Words around a change that make its shape: more, and a note's municipality would tell its pages apart.</summary>
    private const int ShapeContext = 1;

    public static ReviewReport Of(SiteChanges changes)
    {
        var tags = changes.Units.Select(u => SiteLayout.EditionOf(u.Unit)?.Tag).OfType<string>()
            .Concat(changes.EditionOrder).ToHashSet(StringComparer.Ordinal);
        var order = changes.EditionOrder.Concat(tags.Order(StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        var texts = new List<(string? Tag, string Place, PlacedText Text)>();
        var charts = new List<(string? Tag, string Place, PlacedChart Chart)>();
        foreach (var unit in changes.Units)
        {
            foreach (var text in unit.Texts)
            {
                var (tag, place, path) = Locate(unit.Unit, text.Page, tags);
                texts.Add((tag, place, new PlacedText(path, text)));
            }
            foreach (var chart in unit.Charts)
            {
                var (tag, place, path) = Locate(unit.Unit, chart.Chart, tags);
                charts.Add((tag, place, new PlacedChart(path, chart)));
            }
        }
        var changed = order.Where(t => texts.Any(x => x.Tag == t) || charts.Any(x => x.Tag == t)).ToList();
        var lead = changes.DefaultEdition is { } d && changed.Contains(d) ? d : changed.FirstOrDefault();
        var leadSignature = Signature(lead, texts, charts);
        var same = new List<string>();
        var differing = new List<EditionChanges>();
        foreach (var tag in changed.Where(t => t != lead))
        {
            var own = Signature(tag, texts, charts);
            if (own.Order(StringComparer.Ordinal).SequenceEqual(leadSignature.Order(StringComparer.Ordinal), StringComparer.Ordinal)) { same.Add(tag); continue; }
            // What the lead's change does not explain: the edition's changes beyond it, each matched once.
            var left = leadSignature.GroupBy(s => s, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            bool Explained(string signature) => left.TryGetValue(signature, out var n) && n > 0 && (left[signature] = n - 1) >= 0;
            differing.Add(new EditionChanges(tag,
                [.. texts.Where(x => x.Tag == tag && !Explained(TextSignature(x.Place, x.Text.Change))).Select(x => x.Text)],
                [.. charts.Where(x => x.Tag == tag && !Explained(ChartSignature(x.Place, x.Chart.Change))).Select(x => x.Chart)]));
        }

        // Line by line: a note's word changed reads alike on a page with one note and on a page with three.
        var shownTexts = texts.Where(x => x.Tag == lead || x.Tag is null).SelectMany(x => Lines(x.Text)).ToList();
        var shownCharts = charts.Where(x => x.Tag == lead || x.Tag is null).Select(x => x.Chart).ToList();
        var knockOns = new List<KnockOn>();
        var listedTexts = KnockOns(shownTexts, t => t.Page, t => TextShape(t.Change), (group, vary) => new KnockOn(Pages(group, t => t.Page), Kinds(group.Select(t => t.Page)), group[0], null, vary), knockOns);
        var listedCharts = KnockOns(shownCharts, c => c.Chart, c => ChartShape(c.Change), (group, vary) => new KnockOn(Pages(group, c => c.Chart), Kinds(group.Select(c => c.Chart)), null, group[0], vary), knockOns);

        var numbers = Edition.For(changes.DefaultEdition ?? lead ?? "en").Numbers;
        var newYears = changes.YearsAdded.Select(y => NewYear(y, changes, numbers)).ToList();
        return new ReviewReport(changes, lead, Figures(changes, lead, numbers), listedTexts, listedCharts, knockOns, same, differing, newYears);
    }

    private static IEnumerable<PlacedText> Lines(PlacedText text) => text.Change.InPlace is { Count: > 1 } pairs
        ? pairs.Select(p => text with { Change = new TextChange(text.Change.Page, [p.Before], [p.After]) })
        : [text];

    /// <summary>Where a change is: its edition, its place with the edition's folder as "*" (alike in every edition), its path.</summary>
    private static (string? Tag, string Place, string Path) Locate(string unit, string inside, HashSet<string> tags)
    {
        var path = unit.Length == 0 ? inside : unit + "/" + inside;
        var parts = path.Split('/');
        var at = Array.FindIndex(parts, tags.Contains);
        if (at < 0) return (null, path, path);
        var tag = parts[at];
        parts[at] = "*";
        return (tag, string.Join('/', parts), path);
    }

    /// <summary>
    /// An edition's change as a translation cannot change it: each text's and chart's place, its lines, and the numbers
    /// (digits are 0–9 in every edition) it removed and added.
    /// </summary>
    private static List<string> Signature(string? tag, List<(string? Tag, string Place, PlacedText Text)> texts, List<(string? Tag, string Place, PlacedChart Chart)> charts) =>
        tag is null ? [] :
        [.. texts.Where(x => x.Tag == tag).Select(x => TextSignature(x.Place, x.Text.Change)),
            .. charts.Where(x => x.Tag == tag).Select(x => ChartSignature(x.Place, x.Chart.Change))];

    private static string TextSignature(string place, TextChange text) =>
        $"text {place} {text.Before.Count} {text.After.Count} {Numbers(string.Join("\n", text.Before), string.Join("\n", text.After))}";

    private static string ChartSignature(string place, ChartChange chart) => $"chart {place} {Numbers(chart.Before ?? "", chart.After ?? "")}";

    private static string Numbers(string before, string after)
    {
        var parts = WordDiff.Of(before, after);
        // As a multiset: an edition lists municipalities in its own alphabetical order.
        string Digits(WordPartKind kind) => string.Join(' ', parts.Where(p => p.Kind == kind).SelectMany(p => Digit().Matches(p.Text).Select(m => m.Value)).Order(StringComparer.Ordinal));
        return Digits(WordPartKind.Removed) + " → " + Digits(WordPartKind.Added);
    }

    /// <summary>A change's words, numbers masked: pages that changed alike but for their numbers share a shape.</summary>
    private static string TextShape(TextChange text) => text.InPlace is { } lines
        ? string.Join("\n", lines.Select(l => Shape(l.Before, l.After)))
        : Digit().Replace(string.Join("\n", text.Before.Select(b => "-" + b).Concat(text.After.Select(a => "+" + a))), "#");

    private static string ChartShape(ChartChange chart) => Shape(chart.Before ?? "", chart.After ?? "");

    /// <summary>
    /// A changed word is its own kind ("~~Napomena~~ **Beleška**" on every page with a note); a changed number is known
    /// by the word either side of it ("~~25~~ **26** MOCRs"), its digits masked.
    /// </summary>
    private static string Shape(string before, string after)
    {
        var parts = WordDiff.Of(before, after);
        var words = parts.Any(p => p.Kind != WordPartKind.Same && p.Text.Any(char.IsLetter));
        return Digit().Replace(string.Concat(WordDiff.Excerpt(parts, words ? 0 : ShapeContext).Select(p => p.Kind switch
        {
            WordPartKind.Removed => "[-" + p.Text + "-]",
            WordPartKind.Added => "{+" + p.Text + "+}",
            _ => p.Text,
        })), "#");
    }

    /// <summary>Groups the changes alike on <see cref="KnockOnPages"/> pages or more as knock-ons; returns the rest, in order.</summary>
    private static List<T> KnockOns<T>(List<T> items, Func<T, string> page, Func<T, string> shape, Func<List<T>, bool, KnockOn> knockOn, List<KnockOn> found)
    {
        var shapes = items.Select(shape).ToList();
        var groups = items.Select((item, i) => (Item: item, Shape: shapes[i])).GroupBy(x => x.Shape, StringComparer.Ordinal)
            .Where(g => g.Select(x => page(x.Item)).Distinct(StringComparer.Ordinal).Count() >= KnockOnPages)
            .ToList();
        var counted = groups.Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var group in groups.OrderByDescending(g => g.Count()))
        {
            var members = group.Select(x => x.Item).ToList();
            var exact = members.Select(ExactText).Distinct(StringComparer.Ordinal).Count() > 1;
            found.Add(knockOn(members, exact));
        }
        return [.. items.Where((_, i) => !counted.Contains(shapes[i]))];
    }

    private static string ExactText<T>(T item) => item switch
    {
        PlacedText t => string.Join("\n", t.Change.Before) + "\u001f" + string.Join("\n", t.Change.After),
        PlacedChart c => c.Change.Before + "\u001f" + c.Change.After,
        _ => "",
    };

    private static int Pages<T>(List<T> items, Func<T, string> page) => items.Select(page).Distinct(StringComparer.Ordinal).Count();

    /// <summary>"96 profiles (2018, 2019, 2020), 3 sheets (2018, 2019, 2020)": the pages of a knock-on by kind, each kind's years.</summary>
    public static string Kinds(IEnumerable<string> paths)
    {
        var kinds = paths.Distinct(StringComparer.Ordinal).Select(p => (Kind: PageKinds.Of(p), Year: p.Split('/')[0]))
            .GroupBy(k => k.Kind, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);
        return string.Join(", ", kinds.Select(g =>
        {
            var years = g.Select(k => k.Year).Where(y => y.Length == 4 && y.All(char.IsAsciiDigit)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            return PageKinds.Count(g.Count(), g.Key) + (years.Count > 0 ? $" ({string.Join(", ", years)})" : "");
        }));
    }

    /// <summary>Every figure once (the same numbers in every edition), named and formatted as the lead edition shows it.</summary>
    private static List<ShownFigure> Figures(SiteChanges changes, string? lead, NumberStyle numbers)
    {
        var newYears = changes.YearsAdded.Select(y => y.Year).ToHashSet();
        // The lead edition's names first, then other editions', then the trends' (named by codes).
        var units = changes.Units.OrderBy(u => SiteLayout.EditionOf(u.Unit)?.Tag is { } tag ? (tag == lead ? 0 : 1) : 2).ThenBy(u => changes.Units.ToList().IndexOf(u));
        var seen = new Dictionary<string, FigureChange>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var figure in units.SelectMany(u => u.Figures))
        {
            if (figure.Before is null && figure.Year is { } year && newYears.Contains(year)) continue;
            if (seen.TryAdd(figure.Key, figure)) order.Add(figure.Key);
        }
        // In the order the units list them (the year's sheet, then later years), a basis beside its change row.
        var changeRows = seen.Values.Select(f => f.FigureKey).ToHashSet(StringComparer.Ordinal);
        return [.. changes.Units.SelectMany(u => u.Figures).Select(f => f.Key).Distinct(StringComparer.Ordinal)
            .Where(seen.ContainsKey)
            .Select(k => seen[k])
            .Where(f => !(f.FigureKey.EndsWith(".basis", StringComparison.Ordinal) && changeRows.Contains(f.FigureKey[..^".basis".Length])))
            .Select(f => new ShownFigure(f.Figure, FigureValues.Shown(f.Before, f.FigureKey, f.Basis, numbers, f.Displayed), FigureValues.Shown(f.After, f.FigureKey, f.Basis, numbers, f.Displayed), f))
            // A change the page's rounding hides ("0,0" both sides) is no change a reader sees.
            .Where(f => f.Before != f.After)];
    }

    private static NewYear NewYear(YearAdded year, SiteChanges changes, NumberStyle numbers)
    {
        var prefix = year.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/";
        var files = changes.FilesInEditionsAdded.Where(f => f.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        var editions = files.Select(SiteLayout.UnitOf).Distinct(StringComparer.Ordinal).Count();
        var pages = files.Count(f => f.EndsWith(".html", StringComparison.Ordinal));
        var charts = files.Count(f => f.EndsWith(".svg", StringComparison.Ordinal));
        var figures = changes.Units.SelectMany(u => u.Figures).Where(f => f.Before is null && f.Year == year.Year).Select(f => f.Key).Distinct(StringComparer.Ordinal).Count();
        var headlines = year.Headlines.Select(h => new ShownHeadline(h.Figure,
            FigureValues.Shown(h.Before, h.FigureKey, h.Basis, numbers, h.ChangeDisplayed), FigureValues.Shown(h.After, h.FigureKey, h.Basis, numbers, h.ChangeDisplayed),
            FigureValues.Shown(h.Change, "change." + h.FigureKey, h.Basis, numbers, h.ChangeDisplayed))).ToList();
        return new NewYear(year.Year, year.Previous, headlines, editions, pages, charts, files.Count - pages - charts, figures);
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digit();
}
