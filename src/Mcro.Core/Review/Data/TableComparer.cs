using Mcro.Diagnostics;
using Mcro.Loading;

namespace Mcro.Review.Data;

/// <summary>
/// One CSV file's two versions compared: rows matched by their key (the municipality, the code, the task key), never by
/// line, so a row inserted in the middle is one row added; cells matched by column name, so a column moved is no change.
/// </summary>
internal static class TableComparer
{
    /// <summary>The column that names a row, in the order looked for: reference lists' codes, task keys, then a year's municipality.</summary>
    private static readonly string[] KeyColumns = ["code", "key", "municipality"];

    public static IEnumerable<DataChange> Compare(string path, CsvTable? before, CsvTable? after, RowNames names)
    {
        if (before is null || after is null)
        {
            var present = (after ?? before)!;
            return [new FileChange(SourceLocation.OfFile(present.File), after is not null, present.Records.Length) { File = path }];
        }
        var oldHeader = before.Header.Select(h => h.Name).ToList();
        var newHeader = after.Header.Select(h => h.Name).ToList();
        var changes = new List<DataChange>();
        for (var i = 0; i < newHeader.Count; i++)
            if (newHeader[i].Length > 0 && !oldHeader.Contains(newHeader[i]))
                changes.Add(new ColumnChange(after.Cell(after.HeaderLine, after.Header[i].Column, i, newHeader), true, newHeader[i]) { File = path });
        for (var i = 0; i < oldHeader.Count; i++)
            if (oldHeader[i].Length > 0 && !newHeader.Contains(oldHeader[i]))
                changes.Add(new ColumnChange(before.Cell(before.HeaderLine, before.Header[i].Column, i, oldHeader), false, oldHeader[i]) { File = path });

        var shared = newHeader.Select((name, i) => (New: i, Old: oldHeader.IndexOf(name))).Where(c => newHeader[c.New].Length > 0 && c.Old >= 0).ToList();
        var key = KeyColumns.FirstOrDefault(k => oldHeader.Contains(k) && newHeader.Contains(k));
        var byMunicipality = key == "municipality" || (key == "code" && path == "municipalities.csv");
        var oldRows = Groups(before, key is null ? -1 : oldHeader.IndexOf(key));
        var newRows = Groups(after, key is null ? -1 : newHeader.IndexOf(key));
        var removed = new List<DataChange>();
        foreach (var rowKey in newRows.Keys.Concat(oldRows.Keys.Where(k => !newRows.ContainsKey(k))))
        {
            var label = byMunicipality ? names.Municipality(rowKey) : rowKey;
            var was = oldRows.GetValueOrDefault(rowKey) ?? [];
            var @is = newRows.GetValueOrDefault(rowKey) ?? [];
            var pairs = Pairs(was, @is, r => string.Join('\u001f', shared.Select(c => Value(r, c.Old))), r => string.Join('\u001f', shared.Select(c => Value(r, c.New))));
            foreach (var (old, now) in pairs)
            {
                if (old is not null && now is not null)
                {
                    foreach (var (n, o) in shared)
                    {
                        if (Value(old, o) == Value(now, n)) continue;
                        changes.Add(new CellChange(after.Cell(now.Line, ColumnOf(now, n), n, newHeader), Label(label, now, newHeader), Value(old, o), Value(now, n)) { File = path });
                    }
                }
                else if (now is not null) changes.Add(new RowChange(new SourceLocation(after.File, now.Line, 0), true, label, now.Values) { File = path });
                else removed.Add(new RowChange(new SourceLocation(before.File, old!.Line, 0), false, label, old.Values) { File = path });
            }
        }
        return changes.Concat(removed);
    }

    /// <summary>Rows by their key, each key's rows in file order; without a key column, all rows are one group.</summary>
    private static Dictionary<string, List<CsvRecord>> Groups(CsvTable table, int key)
    {
        var groups = new Dictionary<string, List<CsvRecord>>(StringComparer.Ordinal);
        foreach (var record in table.Records)
        {
            var name = key < 0 ? "" : Value(record, key);
            if (!groups.TryGetValue(name, out var rows)) groups[name] = rows = [];
            rows.Add(record);
        }
        return groups;
    }

    /// <summary>
    /// The rows of one key paired: a key names one row in most files, but a year's staff.csv lists a municipality's staff
    /// row by row. Rows alike stay unpaired (no change); in each run of rows that differ, the first old pairs with the
    /// first new (their cells changed), and what is left over was removed or added.
    /// </summary>
    private static IEnumerable<(CsvRecord? Old, CsvRecord? New)> Pairs(List<CsvRecord> before, List<CsvRecord> after,
        Func<CsvRecord, string> oldContent, Func<CsvRecord, string> newContent)
    {
        var removed = new List<CsvRecord>();
        var added = new List<CsvRecord>();
        var pairs = new List<(CsvRecord?, CsvRecord?)>();
        void Close()
        {
            for (var i = 0; i < Math.Max(removed.Count, added.Count); i++)
                pairs.Add((i < removed.Count ? removed[i] : null, i < added.Count ? added[i] : null));
            removed.Clear();
            added.Clear();
        }
        foreach (var edit in LineDiff.Script([.. before.Select(oldContent)], [.. after.Select(newContent)]))
        {
            if (edit.Kind == LineEditKind.Keep) Close();
            else if (edit.Kind == LineEditKind.Remove) removed.Add(before[edit.Number - 1]);
            else added.Add(after[edit.Number - 1]);
        }
        Close();
        return pairs;
    }

    /// <summary>communities-living.csv has a row per community of a municipality: a share changed is named by both.</summary>
    private static string Label(string row, CsvRecord record, List<string> header) =>
        header.Contains("share") && header.IndexOf("community") is var community and >= 0 && Value(record, community) is { Length: > 0 } code
            ? row + " · " + code : row;

    private static string Value(CsvRecord record, int index) => index >= 0 && index < record.Values.Length ? record.Values[index] : "";

    /// <summary>A cell the row is too short to hold is placed at the row's last cell.</summary>
    private static int ColumnOf(CsvRecord record, int index) =>
        index < record.Columns.Length ? record.Columns[index] : record.Columns.Length > 0 ? record.Columns[^1] : 1;
}
