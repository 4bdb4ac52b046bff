using System.Text;
using Mcro.Diagnostics;
using Mcro.Site;

namespace Mcro.Review;

/// <summary>
/// A committed snapshot folder: the files of a <see cref="SiteDigest"/>, UTF-8 with '\n' line ends. Anyone can commit
/// anything into it, so it is read and written without following a symbolic link, and mcro removes only the snapshot
/// files its own listing (<c>files.txt</c>) accounts for, and only the folders that removing them emptied.
/// </summary>
public static class SnapshotFolder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Whether the folder holds a snapshot at all (its list of files; a link in its place counts, so that reading names it).</summary>
    public static bool Exists(string folder)
    {
        var list = Path.Combine(folder, SiteDigest.FileList);
        return File.Exists(list) || SnapshotEntries.LinkTarget(list) is not null;
    }

    /// <summary>The digest of the folder's snapshot files; a link in the folder is left out (<see cref="Read(string, string)"/> names it).</summary>
    public static SiteDigest Read(string folder) => Read(folder, folder).Value!;

    /// <summary>
    /// The digest of the folder's snapshot files, read without following a link; a link (or an unreadable file) is a
    /// problem naming it. The digest is there even with problems: the files that could be read safely.
    /// </summary>
    /// <param name="display">The folder as the user gave it, for the problems.</param>
    public static Result<SiteDigest> Read(string folder, string display)
    {
        var seen = SnapshotEntries.Of(folder, display);
        var problems = new List<Diagnostic>(seen.Problems);
        var files = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var entry in (seen.Value ?? []).Where(e => e.Kind == SnapshotEntries.Kind.File && SiteDigest.Names.Contains(NameOf(e.Path))))
        {
            try
            {
                files[entry.Path] = SiteDigest.SplitLines(File.ReadAllText(Full(folder, entry.Path), Utf8));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new Diagnostic(SourceLocation.OfFile(SnapshotEntries.At(display, entry.Path)), SnapshotEntries.Rule,
                    $"cannot read this snapshot file ({e.Message})"));
            }
        }
        return new Result<SiteDigest>(new SiteDigest(files), problems);
    }

    /// <summary>
    /// Writes the digest's files whose bytes differ from the folder's (the others are not touched, dates and all), and
    /// removes the snapshot files of units (editions, the root) the folder's <c>files.txt</c> recorded and the digest no
    /// longer has; other files, and folders mcro did not empty, are left alone. A link in the folder, or a file or folder
    /// where the digest needs the other, is a problem, and then nothing is written. A folder that cannot be written is a
    /// problem too, with what was done before it.
    /// </summary>
    public static Result<SnapshotWrite> Write(string folder, string display, SiteDigest digest)
    {
        var seen = SnapshotEntries.Of(folder, display);
        if (seen.Problems.Count > 0) return Result<SnapshotWrite>.Failed(seen.Problems);
        var entries = seen.Value!.ToDictionary(e => e.Path, e => e.Kind, StringComparer.Ordinal);
        var conflicts = Conflicts(digest, entries, display);
        if (conflicts.Count > 0) return Result<SnapshotWrite>.Failed(conflicts);
        List<string> added = [], rewritten = [], removed = [], kept = [];
        SnapshotWrite Done() => new(added, rewritten, removed, kept);
        try
        {
            foreach (var stale in Recorded(folder, entries).Where(path => !digest.Files.ContainsKey(path)))
            {
                File.Delete(Full(folder, stale));
                removed.Add(stale);
                RemoveEmptied(folder, stale);
            }
            foreach (var (path, lines) in digest.Files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                var target = Full(folder, path);
                var bytes = Utf8.GetBytes(lines.Count == 0 ? "" : string.Join('\n', lines) + "\n");
                var existed = entries.ContainsKey(path);
                if (existed && SameBytes(target, bytes))
                {
                    kept.Add(path);
                    continue;
                }
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, bytes);
                (existed ? rewritten : added).Add(path);
            }
            return Result<SnapshotWrite>.Ok(Done());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Result<SnapshotWrite>(Done(), [new Diagnostic(SourceLocation.OfFile(display), SnapshotEntries.Rule,
                $"could not write the snapshots ({e.Message}); run `mcro snapshot accept` again once the folder can be written")]);
        }
    }

    /// <summary>
    /// Byte for byte, not as text: a byte-order mark or '\r\n' line ends (an editor's, or git's autocrlf) read as the
    /// same text, yet git sees another file.
    /// </summary>
    private static bool SameBytes(string path, byte[] bytes) =>
        new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);

    /// <summary>
    /// The snapshot files that exist as plain files in the folder and belong to a unit its <c>files.txt</c> lists a
    /// page or download of: only these are mcro's to replace. A line that is not a plain relative path
    /// (<c>..</c>, absolute, a backslash, a control character) accounts for nothing.
    /// </summary>
    private static IEnumerable<string> Recorded(string folder, IReadOnlyDictionary<string, SnapshotEntries.Kind> entries)
    {
        if (!entries.TryGetValue(SiteDigest.FileList, out var kind) || kind != SnapshotEntries.Kind.File) return [];
        var units = SiteDigest.SplitLines(File.ReadAllText(Full(folder, SiteDigest.FileList), Utf8))
            .Where(IsPlainRelative).Select(SiteLayout.UnitOf).ToHashSet(StringComparer.Ordinal);
        return units
            .SelectMany(unit => new[] { SiteDigest.Text, SiteDigest.Charts, SiteDigest.Figures }.Select(name => unit.Length == 0 ? name : unit + "/" + name))
            .Where(path => entries.TryGetValue(path, out var k) && k == SnapshotEntries.Kind.File)
            .Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>A path as a site holds it: '/'-separated names below the folder, none empty, "." or "..", nothing a file system reads specially.</summary>
    internal static bool IsPlainRelative(string path) =>
        path.Length > 0
        && !path.Any(c => char.IsControl(c) || c is '\\' or ':')
        && path.Split('/').All(part => part.Length > 0 && part != "." && part != "..");

    /// <summary>Where the digest needs a folder and finds a file, or needs a file and finds a folder.</summary>
    private static List<Diagnostic> Conflicts(SiteDigest digest, IReadOnlyDictionary<string, SnapshotEntries.Kind> entries, string display)
    {
        var problems = new List<Diagnostic>();
        foreach (var path in digest.Files.Keys)
        {
            var parts = path.Split('/');
            for (var i = 1; i <= parts.Length; i++)
            {
                var prefix = string.Join('/', parts[..i]);
                var wantsFolder = i < parts.Length;
                if (!entries.TryGetValue(prefix, out var kind) || kind == (wantsFolder ? SnapshotEntries.Kind.Folder : SnapshotEntries.Kind.File)) continue;
                problems.Add(new Diagnostic(SourceLocation.OfFile(SnapshotEntries.At(display, prefix)), SnapshotEntries.Rule, wantsFolder
                    ? "is a file where the snapshots need a folder; nothing was written: move it away"
                    : "is a folder where mcro writes a snapshot file; nothing was written: move it away"));
                break;
            }
        }
        return problems.DistinctBy(p => p.Location.File).ToList();
    }

    /// <summary>Removes the folders above a removed snapshot file that removing it left empty: mcro made them; a user's empty folder is never touched.</summary>
    private static void RemoveEmptied(string folder, string removed)
    {
        for (var parent = SiteDigest.UnitOf(removed); parent.Length > 0; parent = SiteDigest.UnitOf(parent))
        {
            var full = Full(folder, parent);
            if (Directory.EnumerateFileSystemEntries(full).Any()) return;
            Directory.Delete(full);
        }
    }

    private static string NameOf(string path) => path[(path.LastIndexOf('/') + 1)..];

    private static string Full(string folder, string path) => Path.Combine(folder, path.Replace('/', Path.DirectorySeparatorChar));
}
