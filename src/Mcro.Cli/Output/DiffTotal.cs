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
