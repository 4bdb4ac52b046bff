using System.Globalization;
using Mcro.Review;
using Mcro.Review.Report;

namespace Mcro.Cli.Output;

/// <summary>
/// A comparison for a GitHub job summary or pull-request comment, for a reviewer's first screen: the total, the data's
/// own changes (cell by cell), each year added as its headline figures, the figures once, then the pages: the kinds of
/// knock-on counted, and one edition's texts and charts folded in &lt;details&gt;. The whole is cut with "… N more"
/// long before GitHub's 1 MiB summary limit.
/// </summary>
public static class DiffMarkdownWriter
{
    /// <summary>Data changes shown unfolded; the rest are folded, so a new year's hundred rows do not bury the report.</summary>
    public const int DataUnfolded = 12;

    /// <summary>Figures shown unfolded; the rest folded below them.</summary>
    public const int FiguresUnfolded = 10;

    /// <summary>Kinds of knock-on, files added or removed shown unfolded.</summary>
    public const int ListUnfolded = 6;

    /// <summary>The report stops listing at this many bytes (GitHub takes 1 MiB a step, and other steps write there too).</summary>
    public const int MaxBytes = 256 * 1024;

    public static void Write(SiteChanges changes, TextWriter output, string title = "mcro diff") =>
        Write(ReviewReportBuilder.Of(changes), output, title, MaxBytes);

    public static void Write(ReviewReport report, TextWriter output, string title, int maxBytes)
    {
        var changes = report.Changes;
        var md = new CappedLines(output, maxBytes);
        md.Line(TotalLine(report, title));
        if (DiffTotal.Drafts(changes) is { } drafts)
        {
            md.Line("");
            md.Line("_" + Escape(drafts) + "_");
        }
        if (changes.IsEmpty) return;
        if (!changes.Data.IsEmpty)
        {
            md.Line("");
            Folded(md, changes.Data.Changes, DataUnfolded, c => ["- " + DiffDataLines.Markdown(c)], n => $"… {Count(n, "more data change", "more data changes")}");
        }
        foreach (var year in report.NewYears) NewYear(md, year);
        var lists = report.Switched.Select(s => $"- edition `{Code(s.Edition)}` switched {(s.Added ? "on" : "off")}, with {Count(s.Files, "file", "files")} beside its years (the pages of all years: landing, index, trends …)")
            .Concat(changes.EditionsAdded.Where(e => !report.InNewYear(e)).Select(e => $"- edition added: `{e}`"))
            .Concat(changes.EditionsRemoved.Select(e => $"- edition removed: `{e}`"))
            .Concat(changes.FilesAdded.Where(f => !report.OfSwitchedEdition(f)).Select(f => $"- added: `{Code(f)}`"))
            .Concat(changes.FilesRemoved.Where(f => !report.OfSwitchedEdition(f)).Select(f => $"- removed: `{Code(f)}`")).ToList();
        if (lists.Count > 0)
        {
            md.Line("");
            Folded(md, lists, ListUnfolded, l => [l], n => $"… {Count(n, "more edition or file", "more editions and files")}");
        }
        if (report.Figures.Count > 0)
        {
            md.Line("");
            md.Line($"**Figures**, as the `{Escape(report.Lead ?? changes.DefaultEdition ?? "")}` edition shows them (the same in every edition):");
            md.Line("");
            FigureTable(md, report.Figures.Take(FiguresUnfolded));
            if (report.Figures.Count > FiguresUnfolded)
            {
                md.Line("");
                md.Line($"<details><summary>… {Count(report.Figures.Count - FiguresUnfolded, "more figure", "more figures")}</summary>");
                md.Line("");
                FigureTable(md, report.Figures.Skip(FiguresUnfolded));
                md.Line("");
                md.Line("</details>");
            }
        }
        if (changes.MechanismFigures.Count > 0)
        {
            md.Line("");
            md.Line("**The series' figures**, as their sheets count them:");
            md.Line("");
            Folded(md, changes.MechanismFigures, DataUnfolded, f => [$"- {Escape(Mcro.Diagnostics.SafeText.Escape(f.Figure))} · {Escape(f.Before ?? "(none)")} → {Escape(f.After ?? "(none)")}"],
                n => $"… {Count(n, "more figure of the series", "more figures of the series")}");
        }
        if (report.Lead is not null || report.Texts.Count + report.Charts.Count > 0) Pages(md, report);
        md.End();
    }

    private static void NewYear(CappedLines md, Review.Report.NewYear year)
    {
        md.Line("");
        var previous = year.Previous?.ToString(CultureInfo.InvariantCulture);
        md.Line($"**{year.Year.ToString(CultureInfo.InvariantCulture)} added**{(previous is null ? "" : $", beside {previous}")}: " + DiffTotal.Files(year));
        if (year.Headlines.Count == 0) return;
        md.Line("");
        md.Line($"| figure | {previous ?? "before"} | {year.Year.ToString(CultureInfo.InvariantCulture)} | change |");
        md.Line("|---|---:|---:|---:|");
        foreach (var h in year.Headlines) md.Item($"| {Escape(h.Name)} | {Escape(h.Before ?? "—")} | {Escape(h.After ?? "—")} | {Escape(h.Change ?? "—")} |");
    }

    private static void FigureTable(CappedLines md, IEnumerable<ShownFigure> figures)
    {
        md.Line("| figure | before | after |");
        md.Line("|---|---:|---:|");
        foreach (var f in figures) md.Item($"| {Escape(f.Name)} | {Escape(f.Before ?? "—")} | {Escape(f.After ?? "—")} |");
    }

    private static void Pages(CappedLines md, ReviewReport report)
    {
        md.Line("");
        md.Line($"**Pages and charts**{DiffTotal.Editions(report, e => $"`{Escape(e)}`")}:");
        md.Line("");
        Folded(md, report.KnockOns, ListUnfolded, k => [KnockOn(k)], n => $"… {Count(n, "more kind of knock-on", "more kinds of knock-on")}");
        if (report.Texts.Count + report.Charts.Count > 0)
        {
            if (report.KnockOns.Count > 0) md.Line("");
            Details(md, $"{report.Lead ?? "site"}: {DiffTotal.Listed(report.Texts.Count, report.Charts.Count)}", report.Texts, report.Charts);
        }
        foreach (var edition in report.Differing)
        {
            md.Line("");
            Details(md, $"{edition.Edition} differs in more than its translation: {DiffTotal.Listed(edition.Texts.Count, edition.Charts.Count)}", edition.Texts, edition.Charts);
        }
    }

    private static string KnockOn(KnockOn k)
    {
        var example = k.Text is { } t ? TextWords(t.Change) : k.Chart is { } c ? ChartWords(c.Change) : "";
        return $"- the same change on {Escape(k.Kinds)}: {(k.NumbersVary ? "e.g. " : "")}{example}";
    }

    private static void Details(CappedLines md, string summary, IReadOnlyList<PlacedText> texts, IReadOnlyList<PlacedChart> charts)
    {
        md.Line($"<details><summary>{Escape(summary)}</summary>");
        md.Line("");
        foreach (var group in texts.GroupBy(t => t.Page, StringComparer.Ordinal))
        {
            var lines = new List<string> { $"`{Code(group.Key)}`:", "" };
            foreach (var text in group)
            {
                if (text.Change.InPlace is { } pairs) lines.AddRange(pairs.Select(p => "- " + DiffWords.Markdown(p.Before, p.After)));
                else
                {
                    lines.AddRange(text.Change.Before.Select(b => $"- ~~{Escape(b)}~~"));
                    lines.AddRange(text.Change.After.Select(a => $"- **{Escape(a)}**"));
                }
            }
            lines.Add("");
            md.Items(lines);
        }
        foreach (var chart in charts) md.Items([$"Chart `{Code(chart.Chart)}`: {ChartWords(chart.Change)}", ""]);
        md.Line("</details>");
    }

    private static string TextWords(TextChange text) => text.InPlace is { } pairs
        ? string.Join(" / ", pairs.Select(p => DiffWords.Markdown(p.Before, p.After)))
        : string.Join(" / ", text.Before.Select(b => $"~~{Escape(b)}~~").Concat(text.After.Select(a => $"**{Escape(a)}**")));

    private static string ChartWords(ChartChange chart) => (chart.Before, chart.After) switch
    {
        (null, { } after) => $"**{Escape(after)}**",
        ({ } before, null) => $"~~{Escape(before)}~~",
        ({ } before, { } after) => DiffWords.Markdown(before, after),
        _ => "",
    };

    /// <summary>The first few unfolded, the rest in a &lt;details&gt; block.</summary>
    private static void Folded<T>(CappedLines md, IReadOnlyList<T> items, int unfolded, Func<T, IReadOnlyList<string>> lines, Func<int, string> more)
    {
        foreach (var item in items.Take(unfolded)) md.Items(lines(item));
        if (items.Count <= unfolded) return;
        md.Line("");
        md.Line($"<details><summary>{Escape(more(items.Count - unfolded))}</summary>");
        md.Line("");
        foreach (var item in items.Skip(unfolded)) md.Items(lines(item));
        md.Line("");
        md.Line("</details>");
    }

    /// <summary>The first line: the title and the total, in bold.</summary>
    public static string TotalLine(SiteChanges changes, string title) => TotalLine(ReviewReportBuilder.Of(changes), title);

    public static string TotalLine(ReviewReport report, string title) => $"**{Escape(title)}: {Escape(DiffTotal.Of(report))}**";

    private static string Count(int count, string one, string many) => count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);

    /// <summary>A path in code: a backquote in it would close the code.</summary>
    private static string Code(string text) => Mcro.Diagnostics.SafeText.Escape(text).Replace('`', '\'');

    /// <summary>Text from the pages and data is shown as written, never read as markup or HTML.</summary>
    internal static string Escape(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '|' or '\\' or '*' or '_' or '~' or '`' or '[' or ']' or '#': sb.Append('\\').Append(c); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// The report's lines, listed items only while there is room: past <c>maxBytes</c> an item is counted, not written,
    /// and the report ends with "… N more"; headings and the closing of &lt;details&gt; blocks are always written.
    /// </summary>
    private sealed class CappedLines(TextWriter output, int maxBytes)
    {
        private long _bytes;
        private int _skipped;

        public void Line(string line)
        {
            output.WriteLine(line);
            _bytes += System.Text.Encoding.UTF8.GetByteCount(line) + 1;
        }

        public void Item(string line) => Items([line]);

        /// <summary>One item's lines, all or none.</summary>
        public void Items(IReadOnlyList<string> lines)
        {
            var size = lines.Sum(l => System.Text.Encoding.UTF8.GetByteCount(l) + 1);
            if (_skipped > 0 || _bytes + size > maxBytes) { _skipped++; return; }
            foreach (var line in lines) Line(line);
        }

        public void End()
        {
            if (_skipped == 0) return;
            Line("");
            Line($"… {Count(_skipped, "more entry", "more entries")} not shown: the report stops at {(maxBytes / 1024).ToString(CultureInfo.InvariantCulture)} KB (`--format json` lists every change)");
        }
    }
}
