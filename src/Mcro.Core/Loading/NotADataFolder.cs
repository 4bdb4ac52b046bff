using Mcro.Diagnostics;

namespace Mcro.Loading;

/// <summary>
/// A folder without config.yaml nor any other file of a dataset is not a dataset at all: one problem that says so and where the dataset may be,
/// instead of a "missing file" for every file a dataset holds.
/// </summary>
public static class NotADataFolder
{
    public const string ConfigFile = "config.yaml";

    /// <summary>The files only a dataset holds: a folder with one of them is a dataset missing the others, each named then.</summary>
    private static readonly string[] DatasetFiles = [ConfigFile, "municipalities.csv", "communities.csv", "tasks.csv"];

    /// <summary>The one problem for a folder that is not a dataset; null when it holds a dataset's file (or cannot be read: that is said elsewhere).</summary>
    public static Diagnostic? Check(string root, string displayRoot)
    {
        if (DatasetFiles.Any(file => Path.Exists(Path.Join(root, file))) || !Readable(root)) return null;
        var display = displayRoot.Length == 0 ? "." : displayRoot;
        return new Diagnostic(SourceLocation.OfFile(display), ProblemCode.NotDataFolder, $"not a data folder (no {ConfigFile}); {Hint(root, display)}");
    }

    private static string Hint(string root, string display)
    {
        // A year folder, or the repository above the dataset: name the folder the user most likely meant.
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)));
        if (parent is not null && File.Exists(Path.Join(parent, ConfigFile)))
            return $"it is inside the dataset {Parent(display)}: pass --data {Parent(display)}";
        var inside = SubfoldersWithConfig(root).Select(name => display == "." ? name : $"{display.TrimEnd('/')}/{name}").ToList();
        if (inside.Count > 0)
            return $"the dataset is in {string.Join(" or ", inside)}: pass --data {inside[0]}";
        return $"pass the dataset folder with --data (the folder holding {ConfigFile}, municipalities.csv and one folder per year; see docs/data-format.md)";
    }

    /// <summary>The folder above, written as the user wrote this one: "data/2019" → "data", "2019" → ".", "." → "..".</summary>
    private static string Parent(string display)
    {
        var trimmed = display.Length > 1 ? display.TrimEnd('/', '\\') : display;
        var last = Path.GetFileName(trimmed);
        if (last is "." or ".." or "") return trimmed == "." ? ".." : $"{trimmed}/..";
        return Path.GetDirectoryName(trimmed) is { Length: > 0 } dir ? dir.Replace('\\', '/') : ".";
    }

    private static List<string> SubfoldersWithConfig(string root)
    {
        try
        {
            return [.. Directory.EnumerateDirectories(root).Select(Path.GetFileName).OfType<string>()
                .Where(name => !name.StartsWith('.') && File.Exists(Path.Join(root, name, ConfigFile)))
                .Order(StringComparer.Ordinal).Take(3)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static bool Readable(string root)
    {
        try
        {
            using var entries = Directory.EnumerateFileSystemEntries(root).GetEnumerator();
            entries.MoveNext();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
