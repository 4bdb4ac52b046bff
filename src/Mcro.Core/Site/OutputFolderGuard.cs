using Mcro.Diagnostics;

namespace Mcro.Site;

/// <summary>
/// Decides, before anything is built or written, whether a folder may receive the site: it must be new, empty
/// (placeholders such as .gitkeep aside) or an mcro site (it holds <see cref="SiteMarker"/>); and it must neither be
/// nor hold nor sit inside the data or templates folder. Anything else is refused — a hand-written index.html is
/// never taken over because mcro also writes one.
/// </summary>
public static class OutputFolderGuard
{
    /// <summary>Files that keep or publish an empty folder (the repository's own output/.gitkeep); mcro never writes them.</summary>
    private static readonly HashSet<string> Placeholders = new(StringComparer.Ordinal) { ".gitkeep", ".keep", ".gitignore", ".nojekyll", "CNAME" };

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <param name="dataFolder">The data folder and, for messages, its name as the user gave it; the same for templates.</param>
    public static IReadOnlyList<Diagnostic> Check(string outputFolder, string outputDisplay,
        (string Path, string Display) dataFolder, (string Path, string Display) templatesFolder)
    {
        var at = SourceLocation.OfFile(outputDisplay);
        var output = Normalize(outputFolder);
        foreach (var ((path, folder), what) in new[] { (dataFolder, "data"), (templatesFolder, "templates") })
        {
            var other = Normalize(path);
            if (Same(output, other)) return Refuse(at, $"--out is the {what} folder; the site goes into a folder of its own, such as output");
            if (IsInside(output, other)) return Refuse(at, $"--out is inside the {what} folder ({folder}); the site goes into a folder of its own, such as output");
            if (IsInside(other, output)) return Refuse(at, $"--out holds the {what} folder ({folder}); the site goes into a folder of its own, such as output");
        }
        if (File.Exists(output)) return Refuse(at, "--out is a file, not a folder; give the folder the site goes into");
        if (!Directory.Exists(output) || SiteMarker.IsIn(output)) return [];
        List<string?> entries;
        try
        {
            entries = Directory.EnumerateFileSystemEntries(output).Select(Path.GetFileName)
                .Where(name => !(Placeholders.Contains(name!) && File.Exists(Path.Combine(output, name!)))).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refuse(at, $"cannot look into --out ({e.Message}); give a folder mcro can read and write");
        }
        if (entries.Count == 0) return [];
        return Refuse(at,
            $"--out holds other files than an mcro site (no {SiteMarker.FileName} in it, and it has {Describe(entries!)}); " +
            "mcro writes only into a new or empty folder or one it built, so that it never replaces a file it did not write");
    }

    private static string Describe(IReadOnlyList<string> entries)
    {
        var shown = entries.Order(StringComparer.Ordinal).Take(3).Select(e => $"'{Mcro.Loading.Printable.Quote(e)}'");
        return string.Join(", ", shown) + (entries.Count > 3 ? $" and {entries.Count - 3} more" : "");
    }

    private static IReadOnlyList<Diagnostic> Refuse(SourceLocation at, string message) => [new Diagnostic(at, ProblemCode.OutputFolder, message)];

    /// <summary>
    /// The full path with every symbolic link in it resolved as far as the path exists, so that a link
    /// (`--out link-to-data/site`) cannot carry the site into the data or templates folder.
    /// </summary>
    internal static string Normalize(string folder) => Resolve(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)), depth: 0);

    private static string Resolve(string full, int depth)
    {
        var root = Path.GetPathRoot(full) ?? "";
        var resolved = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(resolved, part);
            try
            {
                // Links inside the target (or a link to a link) resolve in turn; 40 is the kernel's own limit on links in a path.
                var info = new DirectoryInfo(next);
                if (depth < 40 && info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
                    next = Resolve(Path.TrimEndingDirectorySeparator(Path.GetFullPath(target.FullName)), depth + 1);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A loop or an unreadable link: compare the path as written; writing there fails later with its own message.
            }
            resolved = next;
        }
        return Path.TrimEndingDirectorySeparator(resolved);
    }

    internal static bool Same(string a, string b) => string.Equals(a, b, PathComparison);

    internal static bool IsInside(string inner, string outer) =>
        inner.Length > outer.Length && inner.StartsWith(outer, PathComparison)
        && (outer.EndsWith(Path.DirectorySeparatorChar) || inner[outer.Length] == Path.DirectorySeparatorChar);
}
