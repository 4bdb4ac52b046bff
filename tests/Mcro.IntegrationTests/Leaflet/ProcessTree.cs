using System.Globalization;

namespace Mcro.Tests.Leaflet;

/// <summary>
/// Every process one process started, directly or not, as Linux's /proc shows them: found by parent id and by the
/// process groups and sessions they lead (a process whose parent died moves under init, but stays in its group), never
/// by name. Once seen, a process stays followed after its parent is gone; a process is known by its id and start
/// time, so an id used again by the system is not mistaken for it.
/// </summary>
internal sealed class ProcessTree
{
    /// <summary>One line of /proc/ID/stat, the fields that matter here.</summary>
    internal sealed record Entry(int Id, int Parent, int Group, int Session, char State, long Started, string Command)
    {
        public bool Running => State is not ('Z' or 'X');
    }

    private readonly Dictionary<int, Entry> _known = [];
    private readonly Dictionary<int, int> _depth = [];
    private readonly HashSet<int> _ownGroups;

    public ProcessTree(int root)
    {
        var self = Read(Environment.ProcessId) ?? throw new InvalidOperationException("cannot read /proc/self");
        // The test's own group and session hold mcro and everything the test runner runs: only groups of their own count.
        _ownGroups = [self.Group, self.Session];
        var entry = Read(root) ?? throw new InvalidOperationException($"process {root} is gone already");
        _known[root] = entry;
        _depth[root] = 0;
    }

    /// <summary>How many generations below the root have been seen (a child is 1, a grandchild 2).</summary>
    public int Depth => _depth.Values.Max();

    /// <summary>Looks again at every process: the children of those followed, and the members of their own groups, join.</summary>
    public void Refresh()
    {
        var all = All().ToList();
        for (var grown = true; grown;)
        {
            grown = false;
            var groups = _known.Values.SelectMany(e => new[] { e.Group, e.Session }).Where(g => !_ownGroups.Contains(g)).ToHashSet();
            foreach (var entry in all)
            {
                if (Followed(entry)) continue;
                var parent = _known.TryGetValue(entry.Parent, out var p) && Alive(p, all) ? p : null;
                if (parent is null && !groups.Contains(entry.Group) && !groups.Contains(entry.Session)) continue;
                _known[entry.Id] = entry;
                _depth[entry.Id] = parent is null ? 0 : _depth[parent.Id] + 1;
                grown = true;
            }
        }
    }

    /// <summary>The followed processes still running (the root included), each with its command line for a message.</summary>
    public IReadOnlyList<Entry> Survivors()
    {
        Refresh();
        var all = All().ToList();
        return _known.Values.Where(e => Alive(e, all)).ToList();
    }

    private bool Followed(Entry entry) => _known.TryGetValue(entry.Id, out var known) && known.Started == entry.Started;

    private static bool Alive(Entry known, List<Entry> all) =>
        all.Any(e => e.Id == known.Id && e.Started == known.Started && e.Running);

    private static IEnumerable<Entry> All()
    {
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
            if (int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && Read(id) is { } entry)
                yield return entry;
    }

    private static Entry? Read(int id)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{id}/stat");
            // "ID (command) STATE PARENT GROUP SESSION …": the command may hold spaces and parentheses, so read after the last ')'.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            long Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture);
            var command = File.ReadAllText($"/proc/{id}/cmdline").Replace('\0', ' ').Trim();
            return new Entry(id, (int)Field(4), (int)Field(5), (int)Field(6), fields[0][0], Field(22), command);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            // Gone while it was read.
            return null;
        }
    }
}
