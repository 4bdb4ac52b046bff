namespace Mcro.Site;

/// <summary>
/// What a commit does, decided before it touches the site: which units changed, which files of earlier builds are
/// stale, which files in a changed unit are not mcro's (carried into its new version), and what the manifest will
/// claim. A file is mcro's to replace or remove only while it is exactly as an mcro build recorded it; nothing is
/// done through a symbolic link, and a file of someone else's where mcro would write stops the commit before it starts.
/// </summary>
internal sealed class CommitPlan
{
    private static readonly StringComparer PathComparer =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private readonly string _output;
    private readonly IReadOnlyDictionary<string, BuildManifest.Entry> _entries;
    private readonly RecordedFiles _recorded;
    private readonly IReadOnlyList<BuildManifest.Entry> _stale;

    private CommitPlan(string output, IReadOnlyDictionary<string, BuildManifest.Entry> entries, RecordedFiles recorded,
        IReadOnlyList<BuildManifest.Entry> stale, IReadOnlyList<string> changedUnits, IReadOnlyList<string> changedRootFiles,
        IReadOnlyList<BuildManifest.Entry> claimed, IReadOnlyList<BuildManifest.Entry> owned, int written)
    {
        _output = output;
        _entries = entries;
        _recorded = recorded;
        _stale = stale;
        ChangedUnits = changedUnits;
        ChangedRootFiles = changedRootFiles;
        Claimed = claimed;
        Owned = owned;
        Written = written;
    }

    public IReadOnlyList<string> ChangedUnits { get; }

    public IReadOnlyList<string> ChangedRootFiles { get; }

    /// <summary>The files of the last build and of this one (both versions of a file being replaced): what the manifest says while units are swapped.</summary>
    public IReadOnlyList<BuildManifest.Entry> Claimed { get; }

    /// <summary>The files of this build and of the units it kept: what the manifest says afterwards.</summary>
    public IReadOnlyList<BuildManifest.Entry> Owned { get; }

    public int Written { get; }

    public int Unchanged => _entries.Count - Written;

    /// <exception cref="SiteWriteException">A symbolic link, or a file mcro did not write, stands where the site would be written.</exception>
    public static CommitPlan Make(string output, BuildManifest previous, IReadOnlyDictionary<string, BuildManifest.Entry> entries, Func<string, bool> keepUnit)
    {
        var byUnit = entries.Values.GroupBy(e => SiteLayout.UnitOf(e.Path)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var units = byUnit.Keys.Where(u => u.Length > 0).Order(StringComparer.Ordinal).ToList();
        var rootFiles = byUnit.GetValueOrDefault("", []).Select(e => e.Path).Order(StringComparer.Ordinal).ToList();
        var recorded = new RecordedFiles(output, previous);
        RefuseWhatIsInTheWay(output, units, rootFiles, entries, recorded);

        bool Kept(BuildManifest.Entry file) => SiteLayout.UnitOf(file.Path) is { Length: > 0 } unit && !byUnit.ContainsKey(unit) && keepUnit(unit);
        var produced = entries.Keys.ToHashSet(PathComparer);
        var earlier = previous.Files.Where(f => !entries.ContainsKey(f.Path)).GroupBy(f => f.Path, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        var kept = earlier.Where(Kept).ToList();
        // On a file system that ignores case, a file renamed only in case is the new file: never stale.
        var stale = earlier.Where(f => !Kept(f) && !produced.Contains(f.Path)).ToList();
        bool StaleGone(string unit) => stale.Where(f => SiteLayout.UnitOf(f.Path) == unit).All(f => !recorded.IsAsWritten(f.Path));

        var changedUnits = units.Where(u => !(byUnit[u].All(e => OutputFiles.Matches(output, e)) && StaleGone(u))).ToList();
        var changedRootFiles = rootFiles.Where(f => !OutputFiles.Matches(output, entries[f])).ToList();
        var written = changedUnits.Sum(u => byUnit[u].Count) + changedRootFiles.Count;
        return new CommitPlan(output, entries, recorded, stale, changedUnits, changedRootFiles,
            [.. previous.Files, .. entries.Values], [.. entries.Values, .. kept], written);
    }

    private static void RefuseWhatIsInTheWay(string output, IReadOnlyList<string> units, IReadOnlyList<string> rootFiles,
        IReadOnlyDictionary<string, BuildManifest.Entry> entries, RecordedFiles recorded)
    {
        IReadOnlyList<string> all = [.. units, .. rootFiles];
        foreach (var target in all)
        {
            if (OutputFiles.LinkOnTheWay(output, target) is { } link)
                throw Refused($"{link} in the output folder is a symbolic link; mcro never writes or deletes through a link", all);
        }
        foreach (var unit in units)
        {
            var parts = unit.Split('/');
            for (var i = 1; i <= parts.Length; i++)
            {
                var folder = string.Join('/', parts[..i]);
                if (File.Exists(Path.Combine(output, folder)))
                    throw Refused($"{folder} in the output folder is a file, where mcro writes a folder", all);
            }
        }
        foreach (var entry in entries.Values)
        {
            var live = Path.Combine(output, entry.Path);
            if (Directory.Exists(live) || (File.Exists(live) && !recorded.Contains(entry.Path) && !OutputFiles.Matches(output, entry)))
                throw Refused($"{entry.Path} in the output folder is not a file mcro wrote (it is not in {SiteLayout.Manifest}), and this build writes one there", all);
        }
    }

    private static SiteWriteException Refused(string what, IReadOnlyList<string> all) =>
        new($"{what}: move it away or build into another folder; nothing was replaced", [], all);

    /// <summary>
    /// Files someone else put in a unit about to be replaced (notes beside a sheet, or an mcro file the user has since
    /// edited) go into its new version too, empty folders and links included.
    /// </summary>
    public void CarryForeignFiles(Staging staging)
    {
        foreach (var unit in ChangedUnits)
        {
            var live = Path.Combine(_output, unit);
            if (!Directory.Exists(live)) continue;
            foreach (var (relative, kind) in Walk(live, ""))
            {
                var sitePath = unit + "/" + relative;
                if (_entries.ContainsKey(sitePath) || (kind == EntryKind.File && _recorded.IsAsWritten(sitePath))) continue;
                var source = Path.Combine(live, relative);
                var target = Path.Combine(staging.NewFolder(unit), relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                switch (kind)
                {
                    case EntryKind.EmptyFolder: Directory.CreateDirectory(target); break;
                    case EntryKind.FolderLink: Directory.CreateSymbolicLink(target, new DirectoryInfo(source).LinkTarget!); break;
                    case EntryKind.FileLink: File.CreateSymbolicLink(target, new FileInfo(source).LinkTarget!); break;
                    case EntryKind.File: File.Copy(source, target); break;
                    default: throw Refused($"{sitePath} in the output folder is not a plain file (a named pipe or a device?) and mcro cannot carry it into the new {unit}", ChangedUnits);
                }
            }
        }
    }

    /// <summary>Removes the files of earlier builds that this one no longer makes — each only while it is as mcro wrote it — then the folders they leave empty.</summary>
    public void RemoveStale()
    {
        foreach (var file in _stale)
        {
            if (!_recorded.IsAsWritten(file.Path)) continue;
            File.Delete(OutputFiles.Resolve(_output, file.Path)!);
            var folder = Path.GetDirectoryName(file.Path.Replace('/', Path.DirectorySeparatorChar));
            while (!string.IsNullOrEmpty(folder))
            {
                var full = Path.Combine(_output, folder);
                if (!Directory.Exists(full) || new DirectoryInfo(full).LinkTarget is not null || Directory.EnumerateFileSystemEntries(full).Any()) break;
                Directory.Delete(full);
                folder = Path.GetDirectoryName(folder);
            }
        }
    }

    private enum EntryKind { File, FileLink, FolderLink, EmptyFolder, Other }

    /// <summary>Every file, link and empty folder below a folder, relative, without entering a linked folder.</summary>
    private static IEnumerable<(string Relative, EntryKind Kind)> Walk(string root, string relative)
    {
        var folder = relative.Length == 0 ? root : Path.Combine(root, relative);
        var any = false;
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
        {
            any = true;
            var name = relative.Length == 0 ? Path.GetFileName(entry) : relative + "/" + Path.GetFileName(entry);
            var info = new FileInfo(entry);
            var isFolder = Directory.Exists(entry);
            if (info.LinkTarget is not null) yield return (name, isFolder ? EntryKind.FolderLink : EntryKind.FileLink);
            else if (isFolder) foreach (var inner in Walk(root, name)) yield return inner;
            else yield return (name, IsRegular(entry) ? EntryKind.File : EntryKind.Other);
        }
        if (!any && relative.Length > 0) yield return (relative, EntryKind.EmptyFolder);
    }

    /// <summary>A plain file, not a named pipe or a device (copying a pipe would wait forever).</summary>
    private static bool IsRegular(string path)
    {
        using var stream = Mcro.Loading.InputFile.OpenRegular(path);
        return stream is not null;
    }
}
