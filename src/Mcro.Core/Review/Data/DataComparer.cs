using Mcro.Diagnostics;

namespace Mcro.Review.Data;

/// <summary>
/// Compares two data folders' tables and texts as the data team edits them: cells by row key and column name, texts by
/// key. A pure function of the two reads.
/// </summary>
public static class DataComparer
{
    public static DataChanges Compare(DataTables before, DataTables after)
    {
        var names = new RowNames(after, before);
        var changes = new List<DataChange>();
        foreach (var path in before.Tables.Keys.Union(after.Tables.Keys).Concat(before.Texts.Keys.Union(after.Texts.Keys)).Distinct().Order(StringComparer.Ordinal))
        {
            if (before.Tables.ContainsKey(path) || after.Tables.ContainsKey(path))
                changes.AddRange(TableComparer.Compare(path, before.Tables.GetValueOrDefault(path), after.Tables.GetValueOrDefault(path), names));
            else
                changes.AddRange(Texts(path, before.Texts.GetValueOrDefault(path), after.Texts.GetValueOrDefault(path), (after.Texts.ContainsKey(path) ? after : before).Display));
        }
        return new DataChanges(changes);
    }

    /// <summary>A YAML file's texts by key: changed in place, or added and removed; a whole file added or removed is one change.</summary>
    private static IEnumerable<DataChange> Texts(string path, IReadOnlyList<DataText>? before, IReadOnlyList<DataText>? after, Func<string, string> display)
    {
        if (before is null || after is null)
        {
            var present = (after ?? before)!;
            var file = present.Count > 0 ? present[0].Location.File : display(path);
            return [new FileChange(SourceLocation.OfFile(file), after is not null, present.Count) { File = path }];
        }
        var old = Index(before);
        var now = Index(after);
        var changes = new List<DataChange>();
        foreach (var text in now.Values)
        {
            if (!old.TryGetValue(text.Key, out var was)) changes.Add(new DataTextChange(text.Location, text.Key, null, text.Value) { File = path });
            else if (was.Value != text.Value) changes.Add(new DataTextChange(text.Location, text.Key, was.Value, text.Value) { File = path });
        }
        foreach (var text in old.Values.Where(t => !now.ContainsKey(t.Key)))
            changes.Add(new DataTextChange(text.Location, text.Key, text.Value, null) { File = path });
        return changes;
    }

    /// <summary>A key written twice is refused by the loader; here the first is kept, so the comparison never fails on it.</summary>
    private static Dictionary<string, DataText> Index(IReadOnlyList<DataText> texts)
    {
        var index = new Dictionary<string, DataText>(StringComparer.Ordinal);
        foreach (var text in texts) index.TryAdd(text.Key, text);
        return index;
    }
}
