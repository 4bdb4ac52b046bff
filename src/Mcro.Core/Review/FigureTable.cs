namespace Mcro.Review;

/// <summary>The tidy CSV of an edition's figures: one row per figure, keyed by every column but <c>value</c>.</summary>
public sealed record FigureTable(IReadOnlyList<string> Order, IReadOnlyDictionary<string, FigureTable.Row> Rows)
{
    /// <param name="Cells">The row's cells but its value, by column, in the CSV's own column order.</param>
    public sealed record Row(IReadOnlyList<KeyValuePair<string, string>> Cells, string Value);

    public static FigureTable Of(IReadOnlyList<string> lines)
    {
        var order = new List<string>();
        var rows = new Dictionary<string, Row>(StringComparer.Ordinal);
        if (lines.Count == 0) return new FigureTable(order, rows);
        var header = Split(lines[0]);
        var valueAt = header.IndexOf("value") is var v and >= 0 ? v : header.Count - 1;
        foreach (var line in lines.Skip(1))
        {
            if (line.Length == 0) continue;
            var cells = Split(line);
            var named = header.Select((column, i) => KeyValuePair.Create(column, i < cells.Count ? cells[i] : "")).Where((_, i) => i != valueAt).ToList();
            var key = string.Join('\u001f', named.Select(c => c.Value));
            if (rows.TryAdd(key, new Row(named, valueAt < cells.Count ? cells[valueAt] : ""))) order.Add(key);
        }
        return new FigureTable(order, rows);
    }

    /// <summary>One CSV line (RFC 4180 quoting).</summary>
    private static List<string> Split(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        cells.Add(cell.ToString());
        return cells;
    }
}
