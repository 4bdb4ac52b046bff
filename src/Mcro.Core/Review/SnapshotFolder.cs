using System.Text;

namespace Mcro.Review;

/// <summary>A committed snapshot folder: the files of a <see cref="SiteDigest"/>, UTF-8 with '\n' line ends.</summary>
public static class SnapshotFolder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Whether the folder holds a snapshot at all (its list of files).</summary>
    public static bool Exists(string folder) => File.Exists(Path.Combine(folder, SiteDigest.FileList));

    public static SiteDigest Read(string folder)
    {
        var files = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var path in OwnFiles(folder))
            files[Relative(folder, path)] = SiteDigest.SplitLines(File.ReadAllText(path, Utf8));
        return new SiteDigest(files);
    }

    /// <summary>Writes the digest, and removes the digest files of editions it no longer has; other files are left alone.</summary>
    public static void Write(string folder, SiteDigest digest)
    {
        foreach (var stale in OwnFiles(folder).Where(p => !digest.Files.ContainsKey(Relative(folder, p)))) File.Delete(stale);
        foreach (var (path, lines) in digest.Files)
        {
            var target = Path.Combine(folder, path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var text = lines.Count == 0 ? "" : string.Join('\n', lines) + "\n";
            // Unchanged files keep their dates: a snapshot accepted again touches nothing git would notice.
            if (!File.Exists(target) || File.ReadAllText(target, Utf8) != text) File.WriteAllText(target, text, Utf8);
        }
        foreach (var empty in Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
            if (!Directory.EnumerateFileSystemEntries(empty).Any()) Directory.Delete(empty);
    }

    private static IEnumerable<string> OwnFiles(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(p => SiteDigest.Names.Contains(Path.GetFileName(p))).ToList()
            : [];

    private static string Relative(string folder, string path) => Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/');
}
