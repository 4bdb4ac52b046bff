namespace Mcro.Site;

/// <summary>
/// What a commit does, decided before it touches the site: which units changed, which files of earlier builds are
/// stale, which files in a changed unit are not mcro's (carried into its new version), and what the manifest will
/// claim. Only files an earlier build recorded are ever removed; nothing is done through a symbolic link.
/// </summary>
internal sealed class CommitPlan
{
    private readonly string _output;
    private readonly IReadOnlyDictionary<string, BuildManifest.Entry> _entries;
    private readonly HashSet<string> _ownedBefore;
    private readonly IReadOnlyList<BuildManifest.Entry> _stale;

    private CommitPlan(string output, IReadOnlyDictionary<string, BuildManifest.Entry> entries, HashSet<string> ownedBefore,
        IReadOnlyList<BuildManifest.Entry> stale, IReadOnlyList<string> changedUnits, IReadOnlyList<string> changedRootFiles,
        IReadOnlyList<BuildManifest.Entry> claimed, IReadOnlyList<BuildManifest.Entry> owned, int written)
    {
        _output = output;
        _entries = entries;
        _ownedBefore = ownedBefore;
        _stale = stale;
        ChangedUnits = changedUnits;
        ChangedRootFiles = changedRootFiles;
        Claimed = claimed;
        Owned = owned;
        Written = written;
    }

    public IReadOnlyList<string> ChangedUnits { get; }

    public IReadOnlyList<string> ChangedRootFiles { get; }

    /// <summary>The files of the last build and of this one: what the manifest says while units are swapped.</summary>
    public IReadOnlyList<BuildManifest.Entry> Claimed { get; }

    /// <summary>The files of this build and of the units it kept: what the manifest says afterwards.</summary>
    public IReadOnlyList<BuildManifest.Entry> Owned { get; }

    public int Written { get; }

    public int Unchanged => _entries.Count - Written;

    /// <exception cref="SiteWriteException">A symbolic link stands where the site would be written.</exception>
    public static CommitPlan Make(string output, BuildManifest previous, IReadOnlyDictionary<string, BuildManifest.Entry> entries, Func<string, bool> keepUnit)
    {
        var byUnit = entries.Values.GroupBy(e => SiteLayout.UnitOf(e.Path)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var units = byUnit.Keys.Where(u => u.Length > 0).Order(StringComparer.Ordinal).ToList();
        var rootFiles = byUnit.GetValueOrDefault("", []).Select(e => e.Path).Order(StringComparer.Ordinal).ToList();
        foreach (var target in units.Concat(rootFiles))
        {
            if (OutputFiles.LinkOnTheWay(output, target) is { } link)
                throw new SiteWriteException(
                    $"{link} in the output folder is a symbolic link; mcro never writes or deletes through a link: remove the link or build into another folder; nothing was replaced",
                    [], units.Concat(rootFiles).ToList());
        }

        bool Kept(BuildManifest.Entry file) => SiteLayout.UnitOf(file.Path) is { Length: > 0 } unit && !byUnit.ContainsKey(unit) && keepUnit(unit);
        var kept = previous.Files.Where(f => !entries.ContainsKey(f.Path) && Kept(f)).ToList();
        var stale = previous.Files.Where(f => !entries.ContainsKey(f.Path) && !Kept(f)).ToList();
        bool StaleGone(string unit) => stale.Where(f => SiteLayout.UnitOf(f.Path) == unit)
            .All(f => OutputFiles.Resolve(output, f.Path) is not { } path || !File.Exists(path));

        var changedUnits = units.Where(u => !(byUnit[u].All(e => OutputFiles.Matches(output, e)) && StaleGone(u))).ToList();
        var changedRootFiles = rootFiles.Where(f => !OutputFiles.Matches(output, entries[f])).ToList();
        var written = changedUnits.Sum(u => byUnit[u].Count) + changedRootFiles.Count;
        var claimed = previous.Files.Where(f => !entries.ContainsKey(f.Path)).Concat(entries.Values).ToList();
        var owned = entries.Values.Concat(kept).ToList();
        return new CommitPlan(output, entries, previous.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal), stale,
            changedUnits, changedRootFiles, claimed, owned, written);
    }

    /// <summary>Files someone else put in a unit about to be replaced (notes beside a sheet) go into its new version too.</summary>
    public void CarryForeignFiles(Staging staging)
    {
        foreach (var unit in ChangedUnits)
        {
            var live = Path.Combine(_output, unit);
            if (!Directory.Exists(live)) continue;
            foreach (var relative in Walk(live, ""))
            {
                var sitePath = unit + "/" + relative;
                if (_entries.ContainsKey(sitePath) || _ownedBefore.Contains(sitePath)) continue;
                var source = Path.Combine(live, relative);
                var target = Path.Combine(staging.NewFolder(unit), relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                if (new FileInfo(source).LinkTarget is { } linkTarget) File.CreateSymbolicLink(target, linkTarget);
                else File.Copy(source, target);
            }
        }
    }

    /// <summary>Removes the files of earlier builds that this one no longer makes, then the folders they leave empty.</summary>
    public void RemoveStale()
    {
        foreach (var file in _stale)
        {
            if (OutputFiles.Resolve(_output, file.Path) is not { } path || !File.Exists(path)) continue;
            File.Delete(path);
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

    /// <summary>Every file and link below a folder, relative, without entering a linked folder.</summary>
    private static IEnumerable<string> Walk(string root, string relative)
    {
        var folder = relative.Length == 0 ? root : Path.Combine(root, relative);
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
        {
            var name = relative.Length == 0 ? Path.GetFileName(entry) : relative + "/" + Path.GetFileName(entry);
            var info = new FileInfo(entry);
            if (info.LinkTarget is null && Directory.Exists(entry))
                foreach (var inner in Walk(root, name)) yield return inner;
            else yield return name;
        }
    }
}
