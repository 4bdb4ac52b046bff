using Mcro.Diagnostics;
using Mcro.Loading;

namespace Mcro.Review;

/// <summary>
/// What a snapshot folder holds, seen without following a symbolic link: a pull request can commit a link to anywhere
/// into it, so a link is reported as one (a problem naming it), never entered, read through or written through.
/// </summary>
public static class SnapshotEntries
{
    public enum Kind { File, Folder, Link, Unreadable }

    /// <param name="Path">The entry's path in the folder, '/'-separated.</param>
    /// <param name="Problem">For a link or a folder that cannot be read: the problem naming it.</param>
    public sealed record Entry(string Path, Kind Kind, Diagnostic? Problem = null);

    /// <summary>Every entry below <paramref name="folder"/> in path order (folders before what they hold); a link and an unreadable folder are problems.</summary>
    /// <param name="display">The folder as the user gave it, for the problems.</param>
    public static Result<IReadOnlyList<Entry>> Of(string folder, string display)
    {
        if (LinkTarget(folder) is { } own) return Result<IReadOnlyList<Entry>>.Failed(LinkProblem(display, own, "the snapshot folder "));
        var entries = Walk(folder, display).OrderBy(e => e.Path, StringComparer.Ordinal).ToList();
        return new Result<IReadOnlyList<Entry>>(entries, [.. entries.Select(e => e.Problem).OfType<Diagnostic>()]);
    }

    /// <summary>The entries as they are found, lazily: a caller that has seen enough stops the walk.</summary>
    public static IEnumerable<Entry> Walk(string folder, string display)
    {
        if (!Directory.Exists(folder)) yield break;
        var pending = new Stack<string>([""]);
        while (pending.TryPop(out var relative))
        {
            List<FileSystemInfo> found = [];
            string? refused = null;
            try
            {
                found = new DirectoryInfo(relative.Length == 0 ? folder : Path.Combine(folder, relative)).EnumerateFileSystemInfos("*", Options).OrderBy(i => i.Name, StringComparer.Ordinal).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                refused = e.Message;
            }
            if (refused is not null)
                yield return new Entry(relative, Kind.Unreadable, new Diagnostic(SourceLocation.OfFile(At(display, relative)), Rule,
                    $"cannot look into this folder of the snapshots ({refused}); the snapshots were not read or written"));
            // In name order, folders entered in name order too: what a refusal names is the same on every machine.
            var folders = new List<string>();
            foreach (var info in found)
            {
                var path = relative.Length == 0 ? info.Name : relative + "/" + info.Name;
                if (Target(info) is { } target) yield return new Entry(path, Kind.Link, LinkProblem(At(display, path), target, ""));
                else if (info is DirectoryInfo) { folders.Add(path); yield return new Entry(path, Kind.Folder); }
                else yield return new Entry(path, Kind.File);
            }
            for (var i = folders.Count - 1; i >= 0; i--) pending.Push(folders[i]);
        }
    }

    /// <summary>Where a link points, when <paramref name="path"/> is one (it need not exist); null for anything else.</summary>
    public static string? LinkTarget(string path) => Target(new FileInfo(Path.TrimEndingDirectorySeparator(path)));

    private static string? Target(FileSystemInfo info)
    {
        try
        {
            return info.LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing readable there: reading or writing it fails later with its own message.
            return null;
        }
    }

    public static readonly ProblemCode Rule = ProblemCode.SnapshotFolder;

    /// <summary>The path of an entry as the user would type it: the folder as given, then the entry.</summary>
    public static string At(string display, string path) => path.Length == 0 ? display : display.TrimEnd('/') + "/" + path;

    private static Diagnostic LinkProblem(string at, string target, string what) =>
        new(SourceLocation.OfFile(at), Rule,
            $"{what}is a symbolic link (to '{Printable.Quote(target)}'); mcro never follows a link in the snapshot folder, " +
            "so the snapshots were not read or written: replace the link with the folder or files themselves, or remove it");

    // Hidden and system entries count too (AttributesToSkip = 0): a hidden link is as dangerous as any other.
    private static readonly EnumerationOptions Options = new() { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false };
}
