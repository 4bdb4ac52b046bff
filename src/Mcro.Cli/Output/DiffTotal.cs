using System.Globalization;
using Mcro.Review;

namespace Mcro.Cli.Output;

/// <summary>The one-line total of a comparison: "5 changes: 1 edition added, 3 figures, 1 text".</summary>
public static class DiffTotal
{
    public static string Of(SiteChanges changes)
    {
        if (changes.IsEmpty) return "no change a reader would see";
        var parts = Parts(changes.EditionsAdded.Count, "edition added", "editions added")
            .Concat(Parts(changes.EditionsRemoved.Count, "edition removed", "editions removed"))
            .Concat(Parts(changes.FilesAdded.Count, "file added", "files added"))
            .Concat(Parts(changes.FilesRemoved.Count, "file removed", "files removed"))
            .Concat(Parts(changes.Units.Sum(u => u.Figures.Count), "figure", "figures"))
            .Concat(Parts(changes.Units.Sum(u => u.Texts.Count), "text", "texts"))
            .Concat(Parts(changes.Units.Sum(u => u.Charts.Count), "chart", "charts"));
        return Count(changes.Count, "change", "changes") + ": " + string.Join(", ", parts);
    }

    public static string Of(UnitChanges unit) =>
        string.Join(", ", Parts(unit.Figures.Count, "figure", "figures").Concat(Parts(unit.Texts.Count, "text", "texts")).Concat(Parts(unit.Charts.Count, "chart", "charts")));

    /// <summary>The edition or root a unit is, as a heading: "2019/sr", "site root".</summary>
    public static string Heading(UnitChanges unit) => unit.Unit.Length == 0 ? "site root" : unit.Unit;

    private static IEnumerable<string> Parts(int count, string one, string many) => count == 0 ? [] : [Count(count, one, many)];

    private static string Count(int count, string one, string many) => count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);
}
