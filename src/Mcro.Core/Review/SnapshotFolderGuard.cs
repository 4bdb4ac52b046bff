using Mcro.Diagnostics;
using Mcro.Loading;
using Mcro.Site;

namespace Mcro.Review;

/// <summary>
/// Decides, before anything is read, whether a folder may be the snapshot folder: <c>mcro snapshot accept</c> replaces
/// and removes files there, and <c>verify</c> prints what it reads. It must be new or hold only snapshot files,
/// placeholders (<c>.gitkeep</c>, a README) and folders of them; it must not be a symbolic link nor hold one; and it
/// must not be the file system's root, a home folder, a repository's root or its <c>.git</c>, nor be, hold or sit
/// inside the data or templates folder.
/// </summary>
public static class SnapshotFolderGuard
{
    /// <summary>Files a user keeps beside the snapshots (compared without case); mcro never writes or removes them.</summary>
    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        ".gitkeep", ".keep", ".gitignore", ".gitattributes", "README", "README.md", "README.txt",
    };

    private const string Advice = "the snapshots go into a folder of their own, such as snapshots beside the data folder";

    /// <param name="display">The folder as the user gave it (or the default), for messages; the same for data and templates.</param>
    /// <param name="home">The user's home folder; null: this machine's.</param>
    public static IReadOnlyList<Diagnostic> Check(string folder, string display,
        (string Path, string Display) dataFolder, (string Path, string Display) templatesFolder, string? home = null)
    {
        var at = SourceLocation.OfFile(display);
        IReadOnlyList<Diagnostic> Refuse(string message) => [new Diagnostic(at, SnapshotEntries.Rule, message)];
        if (SnapshotEntries.LinkTarget(folder) is { } target)
            return Refuse($"the snapshot folder is a symbolic link (to '{Printable.Quote(target)}'); mcro never follows a link there: give the folder itself");
        var snapshots = OutputFolderGuard.Normalize(folder);
        if (Path.GetPathRoot(snapshots) is { } root && OutputFolderGuard.Same(Path.TrimEndingDirectorySeparator(root), snapshots))
            return Refuse($"the snapshot folder is the file system's root; {Advice}");
        foreach (var ((path, shown), what) in new[] { (dataFolder, "data"), (templatesFolder, "templates") })
        {
            var other = OutputFolderGuard.Normalize(path);
            if (OutputFolderGuard.Same(snapshots, other)) return Refuse($"the snapshot folder is the {what} folder; {Advice}");
            if (OutputFolderGuard.IsInside(snapshots, other)) return Refuse($"the snapshot folder is inside the {what} folder ({shown}); {Advice}");
            if (OutputFolderGuard.IsInside(other, snapshots)) return Refuse($"the snapshot folder holds the {what} folder ({shown}); {Advice}");
        }
        if (HomeFolder(home) is { } homeFolder)
        {
            if (OutputFolderGuard.Same(snapshots, homeFolder)) return Refuse($"the snapshot folder is the home folder; {Advice}");
            if (OutputFolderGuard.IsInside(homeFolder, snapshots)) return Refuse($"the snapshot folder holds the home folder; {Advice}");
        }
        if (snapshots.Split(Path.DirectorySeparatorChar).Any(part => OutputFolderGuard.Same(part, ".git")))
            return Refuse($"the snapshot folder is a repository's .git folder or inside it; {Advice}");
        if (File.Exists(snapshots)) return Refuse("the snapshot folder is a file, not a folder; give the folder the snapshots go into");
        if (!Directory.Exists(snapshots)) return [];
        if (Path.Exists(Path.Combine(snapshots, ".git")))
            return Refuse($"the snapshot folder is a repository's root (it holds .git); {Advice}");
        // Walked lazily and left at the fourth stranger: a wrong folder may be large (src, a whole disk).
        var links = new List<Diagnostic>();
        var others = new List<string>();
        foreach (var entry in SnapshotEntries.Walk(folder, display))
        {
            if (entry.Problem is not null) links.Add(entry.Problem);
            else if (entry.Kind == SnapshotEntries.Kind.File && !IsSnapshotOrPlaceholder(entry.Path) && others.Count < 4) others.Add(entry.Path);
            if (others.Count >= 4 || links.Count >= 100) break;
        }
        if (links.Count > 0) return [.. links.OrderBy(p => p.Location.File, StringComparer.Ordinal)];
        if (others.Count == 0) return [];
        return Refuse($"the snapshot folder holds other files than snapshots (it has {Describe(others)}); mcro writes only into a new folder " +
            $"or one holding its snapshot files ({string.Join(", ", SiteDigest.Names.Order(StringComparer.Ordinal))}), placeholders such as .gitkeep " +
            "and a README, and folders of them, so that it never replaces or removes a file it did not write");
    }

    private static bool IsSnapshotOrPlaceholder(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        return SiteDigest.Names.Contains(name) || Placeholders.Contains(name);
    }

    private static string? HomeFolder(string? given)
    {
        var home = given ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile, Environment.SpecialFolderOption.DoNotVerify);
        return string.IsNullOrEmpty(home) ? null : OutputFolderGuard.Normalize(home);
    }

    private static string Describe(IReadOnlyList<string> paths)
    {
        var shown = paths.Order(StringComparer.Ordinal).Take(3).Select(p => $"'{Printable.Quote(p)}'");
        return string.Join(", ", shown) + (paths.Count > 3 ? " and more" : "");
    }
}
