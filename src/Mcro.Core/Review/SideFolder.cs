using Mcro.Diagnostics;
using Mcro.Loading;

namespace Mcro.Review;

/// <summary>
/// The files of one side of a comparison (a site or a data folder), found without ever leaving it. A pull request can
/// commit anything, links included: a link whose target stays inside the side is read as what it points to, one that
/// leads out of it, round in a loop, or to nothing is a problem naming it, and is never followed.
/// </summary>
public static class SideFolder
{
    public static readonly ProblemCode LinkOutside = ProblemCode.LinkOutside, LinkLoop = ProblemCode.LinkLoop, TooManyFiles = ProblemCode.TooManyFiles;

    /// <summary>More entries than any site or data folder holds: links that fan out (each folder linking twice to the next) stop here.</summary>
    public const int MaxEntries = 200_000;

    /// <param name="Path">The file's path in the side ('/'-separated), as a reader names it.</param>
    /// <param name="Real">Where its bytes are, without links: inside the side, or (a link to nothing) nowhere.</param>
    public sealed record Entry(string Path, string Real);

    /// <param name="display">The side as the user typed it: problems are named from it.</param>
    /// <param name="skip">Paths (relative, '/'-separated) not to walk or list.</param>
    /// <returns>Every file, in ordinal order of its path.</returns>
    public static IReadOnlyList<Entry> Files(string folder, string display, DiagnosticBag bag, Func<string, bool>? skip = null)
    {
        var walk = new Walk(display, bag, skip ?? (_ => false));
        if (Real(folder, "", walk) is { } root)
        {
            walk.Root = root;
            walk.Folder(root, "", new HashSet<string>(StringComparer.Ordinal) { root });
        }
        return [.. walk.Found.OrderBy(e => e.Path, StringComparer.Ordinal)];
    }

    /// <summary>The side's name for one of its paths: "output/2019/sr/index.html".</summary>
    public static string Display(string display, string relative) =>
        relative.Length == 0 ? display : (display.Length == 0 || display == "." ? relative : Path.Join(display, relative).Replace('\\', '/'));

    private static string? Real(string path, string relative, Walk walk)
    {
        try
        {
            if (RealPath.Of(path) is { } real) return real;
        }
        catch (Exception e) when (InputRefusal.IsRefusal(e))
        {
            walk.Problem(relative, ProblemCode.FileUnreadable, $"cannot read it: {InputRefusal.Reason(e)}");
            return null;
        }
        walk.Problem(relative, LinkLoop, "it is a link that leads back to itself (a loop of links); links are not followed round");
        return null;
    }

    private sealed class Walk(string display, DiagnosticBag bag, Func<string, bool> skip)
    {
        private static readonly EnumerationOptions AllEntries = new() { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false };

        public string Root { get; set; } = "";

        public List<Entry> Found { get; } = [];

        private int _entries;

        public void Problem(string relative, ProblemCode rule, string message) =>
            bag.Add(SourceLocation.OfFile(Display(display, relative)), rule, message);

        /// <param name="real">The folder without links.</param>
        /// <param name="open">The folders being walked, without links: a link back to one of them is a loop.</param>
        public void Folder(string real, string relative, IReadOnlySet<string> open)
        {
            List<FileSystemInfo> entries;
            try
            {
                entries = [.. new DirectoryInfo(real).EnumerateFileSystemInfos("*", AllEntries)];
            }
            catch (Exception e) when (InputRefusal.IsRefusal(e))
            {
                Problem(relative, ProblemCode.FileUnreadable, $"cannot read the folder: {InputRefusal.Reason(e)}");
                return;
            }
            foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                var path = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
                if (skip(path)) continue;
                if (++_entries > MaxEntries)
                {
                    if (_entries == MaxEntries + 1) Problem("", TooManyFiles, $"holds more than {MaxEntries} files and folders (do links lead into the same folders again and again?)");
                    return;
                }
                if (entry.LinkTarget is null) Plain(entry, path, open);
                else Link(entry, path, open);
            }
        }

        private void Plain(FileSystemInfo entry, string path, IReadOnlySet<string> open)
        {
            if (entry is DirectoryInfo) Folder(entry.FullName, path, new HashSet<string>(open, StringComparer.Ordinal) { entry.FullName });
            else Found.Add(new Entry(path, entry.FullName));
        }

        private void Link(FileSystemInfo entry, string path, IReadOnlySet<string> open)
        {
            if (Real(entry.FullName, path, this) is not { } target) return;
            if (!RealPath.IsInside(target, Root))
                Problem(path, LinkOutside, $"it is a link that leads out of {display}; mcro never reads outside a side, so it is not followed");
            else if (!Directory.Exists(target))
                Found.Add(new Entry(path, target)); // a file, or nothing: reading it says which
            else if (open.Any(folder => RealPath.IsInside(folder, target)))
                Problem(path, LinkLoop, "it is a link to a folder that holds it (a loop of links); links are not followed round");
            else
                Folder(target, path, new HashSet<string>(open, StringComparer.Ordinal) { target });
        }
    }
}
