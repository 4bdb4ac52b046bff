using System.Globalization;
using Mcro.Diagnostics;
using Mcro.Review;

namespace Mcro.Cli.Output;

/// <summary>
/// What `mcro snapshot accept` did to the folder: one line of counts, the reader's changes when there were snapshots
/// before, then each file written or removed ('+' new, '~' rewritten, '-' removed) as the user would type its path.
/// The files kept are only counted: they are the ones git will not show.
/// </summary>
public static class SnapshotWriteReport
{
    public static void Write(SnapshotWrite written, int editions, string display, SiteChanges? changes, TextWriter output)
    {
        var parts = written.Written == 0 ? "no file written" : $"{Count(written.Written, "file")} written ({written.Added.Count} new, {written.Rewritten.Count} changed)";
        output.WriteLine($"accepted the snapshots of {Count(editions, "edition")} in {display}/: {parts}, {written.Removed.Count} removed, {written.Kept.Count} kept unchanged");
        if (changes is { IsEmpty: false }) output.WriteLine($"a reader sees {DiffTotal.Of(changes)}");
        foreach (var (mark, paths) in new[] { ("+", written.Added), ("~", written.Rewritten), ("-", written.Removed) })
            foreach (var path in paths) output.WriteLine(SafeText.Escape($"  {mark} {SnapshotEntries.At(display, path)}"));
    }

    private static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");
}
