namespace Mcro.Review;

/// <summary>
/// Where a path really leads once every symbolic link on it (not only the last) is followed, as the system would:
/// the only way to tell whether a link inside a folder stays inside it.
/// </summary>
public static class RealPath
{
    /// <summary>As many links as Linux follows in one path before it gives up (ELOOP).</summary>
    private const int MaxLinks = 40;

    /// <returns>The path without links; null when its links lead round in a loop.</returns>
    /// <remarks>A part that does not exist ends the resolving: the rest is joined as written.</remarks>
    public static string? Of(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Parts(full[current.Length..]).Reverse());
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part is "" or ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Join(current, part);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks) return null;
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(Path.GetFullPath(target))!;
                target = target[Path.GetPathRoot(target)!.Length..];
            }
            foreach (var link in Parts(target).Reverse()) pending.Push(link);
        }
        return current;
    }

    /// <summary>Whether <paramref name="path"/> (without links) is <paramref name="folder"/> (without links) or below it.</summary>
    public static bool IsInside(string path, string folder) =>
        path == folder || path.StartsWith(Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string[] Parts(string path) => path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]);
}
