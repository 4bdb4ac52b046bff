using Mcro.Review;

namespace Mcro.Cli.Output;

/// <summary>
/// GitHub places an annotation on a file by its path from the repository's root, whatever folder mcro was run in or
/// --data was given as: the root is GITHUB_WORKSPACE in Actions, else the git work tree around the current folder.
/// </summary>
public sealed class GithubPaths(string? root)
{
    public static GithubPaths FromEnvironment() =>
        new(Environment.GetEnvironmentVariable("GITHUB_WORKSPACE") is { Length: > 0 } workspace ? workspace : GitRevision.RootOf(Directory.GetCurrentDirectory()));

    /// <summary>The path from the root, '/'-separated; a name that is no path (an option) or lies outside the root stays as it is.</summary>
    public string Relative(string file)
    {
        if (root is null || file.Length == 0 || file.StartsWith('-')) return file;
        var full = Path.GetFullPath(file);
        if (!File.Exists(full) && !Directory.Exists(full) && !Directory.Exists(Path.GetDirectoryName(full))) return file;
        var relative = Path.GetRelativePath(Path.GetFullPath(root), full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? file : relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
