using System.Globalization;
using Mcro.Review;
using Mcro.Review.Data;

namespace Mcro.Cli.Output;

/// <summary>The one-line total of a comparison: "5 changes: 1 edition added, 3 figures, 1 text", after the data's own when there is one.</summary>
public static class DiffTotal
{
    public static string Of(SiteChanges changes)
    {
        var readers = changes.Count == 0 ? "no change a reader would see" : Count(changes.Count, "change", "changes") + ": " + string.Join(", ", Parts(changes));
        return changes.Data.IsEmpty ? readers : $"{Of(changes.Data)}; {(changes.Count == 0 ? readers : "a reader would see " + readers)}";
    }

    /// <summary>
    /// The draft years the pages leave out, said under the total so that a pull request filling in a draft does not read
    /// as nothing: "2021 is a draft (year.yaml: status: draft): its data's changes are listed, its pages left out; --drafts
    /// compares them as build --drafts builds them". Null when there is none.
    /// </summary>
    public static string? Drafts(SiteChanges changes) => changes.DraftsLeftOut switch
    {
        [] => null,
        [var year] => $"{year.ToString(CultureInfo.InvariantCulture)} is a draft (year.yaml: status: draft): its data's changes are listed, its pages left out; --drafts compares them as build --drafts builds them",
        var years => $"{string.Join(", ", years.Select(y => y.ToString(CultureInfo.InvariantCulture)))} are drafts (year.yaml: status: draft): their data's changes are listed, their pages left out; --drafts compares them as build --drafts builds them",
    };

    /// <summary>
    /// The report's total: "1 data change: 1 cell; a reader would see 10 figures, 14 texts, 2 charts in sq (the same in
    /// sr, sr-Cyrl, en), knock-ons on 30 pages", each thing counted once, not once per edition.
    /// </summary>
    public static string Of(Review.Report.ReviewReport report)
    {
        var changes = report.Changes;
        var parts = Parts(report.NewYears.Count, "year added", "years added")
            .Concat(Parts(changes.EditionsAdded.Count(e => !report.InNewYear(e)), "edition added", "editions added"))
            .Concat(Parts(changes.EditionsRemoved.Count, "edition removed", "editions removed"))
            .Concat(Parts(changes.FilesAdded.Count(f => !report.OfSwitchedEdition(f)), "file added", "files added"))
            .Concat(Parts(changes.FilesRemoved.Count(f => !report.OfSwitchedEdition(f)), "file removed", "files removed"))
            .Concat(Parts(report.Figures.Count, "figure", "figures"))
            .ToList();
        var shown = Parts(report.Texts.Count, "text", "texts").Concat(Parts(report.Charts.Count, "chart", "charts")).ToList();
        if (shown.Count > 0) parts.Add(string.Join(", ", shown) + Editions(report, e => e));
        var pages = report.KnockOns.Sum(k => k.Pages);
        if (pages > 0) parts.Add($"the same change on {Count(pages, "page", "pages")}");
        var differing = report.Differing.Sum(d => d.Texts.Count + d.Charts.Count);
        if (differing > 0) parts.Add(Count(differing, "text or chart", "texts and charts") + " of other editions");
        var readers = parts.Count == 0 && changes.Count == 0 ? "no change a reader would see"
            : parts.Count == 0 ? Count(changes.Count, "change", "changes") : string.Join(", ", parts);
        return changes.Data.IsEmpty ? readers : $"{Of(changes.Data)}; {(parts.Count == 0 && changes.Count == 0 ? readers : "a reader would see " + readers)}";
    }

    /// <summary>" in sq (the same in sr, sr-Cyrl, en)": the edition shown and the editions that change alike.</summary>
    public static string Editions(Review.Report.ReviewReport report, Func<string, string> name)
    {
        if (report.Lead is null) return "";
        var same = report.SameIn.Count == 0 ? "" : $" (the same change in {string.Join(", ", report.SameIn.Select(name))})";
        return $" in {name(report.Lead)}{same}";
    }

    /// <summary>"4 editions, 468 pages, 60 charts, 200 downloads, 926 figures".</summary>
    public static string Files(Review.Report.NewYear year) =>
        string.Join(", ", Parts(year.Editions, "edition", "editions").Concat(Parts(year.Pages, "page", "pages")).Concat(Parts(year.Charts, "chart", "charts"))
            .Concat(Parts(year.Downloads, "download", "downloads")).Concat(Parts(year.Figures, "figure in the downloads", "figures in the downloads")));

    /// <summary>"12 texts, 2 charts".</summary>
    public static string Listed(int texts, int charts) => string.Join(", ", Parts(texts, "text", "texts").Concat(Parts(charts, "chart", "charts")));

    /// <summary>"1 data change: 1 cell", "3 data changes: 1 row added, 2 texts".</summary>
    public static string Of(DataChanges data)
    {
        var all = data.Changes;
        var parts = Parts(all.Count(c => c is CellChange), "cell", "cells")
            .Concat(Parts(all.Count(c => c is RowChange { Added: true }), "row added", "rows added"))
            .Concat(Parts(all.Count(c => c is RowChange { Added: false }), "row removed", "rows removed"))
            .Concat(Parts(all.Count(c => c is DataTextChange { Before: not null, After: not null }), "text", "texts"))
            .Concat(Parts(all.Count(c => c is DataTextChange { Before: null }), "text added", "texts added"))
            .Concat(Parts(all.Count(c => c is DataTextChange { After: null }), "text removed", "texts removed"))
            .Concat(Parts(all.Count(c => c is ColumnChange { Added: true }), "column added", "columns added"))
            .Concat(Parts(all.Count(c => c is ColumnChange { Added: false }), "column removed", "columns removed"))
            .Concat(Parts(all.Count(c => c is FileChange { Added: true }), "file added", "files added"))
            .Concat(Parts(all.Count(c => c is FileChange { Added: false }), "file removed", "files removed"));
        return Count(data.Count, "data change", "data changes") + ": " + string.Join(", ", parts);
    }

    public static string Of(UnitChanges unit) =>
        string.Join(", ", Parts(unit.Figures.Count, "figure", "figures").Concat(Parts(unit.Texts.Count, "text", "texts")).Concat(Parts(unit.Charts.Count, "chart", "charts")));

    /// <summary>The edition or root a unit is, as a heading: "2019/sr", "site root".</summary>
    public static string Heading(UnitChanges unit) => unit.Unit.Length == 0 ? "site root" : unit.Unit;

    private static IEnumerable<string> Parts(SiteChanges changes) =>
        Parts(changes.EditionsAdded.Count, "edition added", "editions added")
            .Concat(Parts(changes.EditionsRemoved.Count, "edition removed", "editions removed"))
            .Concat(Parts(changes.FilesAdded.Count, "file added", "files added"))
            .Concat(Parts(changes.FilesRemoved.Count, "file removed", "files removed"))
            .Concat(Parts(changes.Units.Sum(u => u.Figures.Count), "figure", "figures"))
            .Concat(Parts(changes.Units.Sum(u => u.Texts.Count), "text", "texts"))
            .Concat(Parts(changes.Units.Sum(u => u.Charts.Count), "chart", "charts"));

    private static IEnumerable<string> Parts(int count, string one, string many) => count == 0 ? [] : [Count(count, one, many)];

    private static string Count(int count, string one, string many) => count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);
}
