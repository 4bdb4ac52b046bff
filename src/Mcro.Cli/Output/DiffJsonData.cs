using System.Text.Json;
using Mcro.Review;
using Mcro.Review.Data;

namespace Mcro.Cli.Output;

/// <summary>The data's changes in JSON, one record each, for bots: where (file, line, column, spreadsheet cell), what, before, after.</summary>
public static class DiffJsonData
{
    public static void Write(Utf8JsonWriter json, DataChanges data)
    {
        json.WriteStartObject("data");
        json.WriteNumber("count", data.Count);
        json.WriteString("summary", data.IsEmpty ? "" : DiffTotal.Of(data));
        json.WriteStartArray("changes");
        foreach (var change in data.Changes) Change(json, change);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A changed text's parts in order: {"same": …}, {"removed": …}, {"added": …}; the same and removed spell the text before, the same and added the text after.</summary>
    public static void Words(Utf8JsonWriter json, string before, string after)
    {
        json.WriteStartArray();
        foreach (var part in WordDiff.Of(before, after))
        {
            json.WriteStartObject();
            json.WriteString(part.Kind switch { WordPartKind.Removed => "removed", WordPartKind.Added => "added", _ => "same" }, part.Text);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Change(Utf8JsonWriter json, DataChange change)
    {
        json.WriteStartObject();
        json.WriteString("kind", change switch
        {
            CellChange => "cell",
            RowChange { Added: true } => "row-added",
            RowChange => "row-removed",
            DataTextChange { Before: null } => "text-added",
            DataTextChange { After: null } => "text-removed",
            DataTextChange => "text",
            ColumnChange { Added: true } => "column-added",
            ColumnChange => "column-removed",
            FileChange { Added: true } => "file-added",
            _ => "file-removed",
        });
        json.WriteString("where", change.Where.ToString());
        json.WriteString("file", change.Where.File);
        if (change.Where.Line > 0) json.WriteNumber("line", change.Where.Line);
        if (change.Where.Column > 0) json.WriteNumber("column", change.Where.Column);
        if (change.Where.Cell is { } cell)
        {
            json.WriteString("cell", cell.Letter);
            json.WriteString("header", cell.Header);
        }
        switch (change)
        {
            case CellChange c:
                json.WriteString("row", c.Row);
                json.WriteString("before", c.Before);
                json.WriteString("after", c.After);
                json.WritePropertyName("words");
                Words(json, c.Before, c.After);
                break;
            case RowChange r:
                json.WriteString("row", r.Row);
                json.WriteStartArray("values");
                foreach (var value in r.Values) json.WriteStringValue(value);
                json.WriteEndArray();
                break;
            case DataTextChange t:
                json.WriteString("key", t.Key);
                json.WriteString("before", t.Before);
                json.WriteString("after", t.After);
                if (t.Before is not null && t.After is not null)
                {
                    json.WritePropertyName("words");
                    Words(json, t.Before, t.After);
                }
                break;
            case ColumnChange col:
                json.WriteString("column", col.Column);
                break;
            case FileChange f:
                json.WriteNumber("entries", f.Entries);
                break;
        }
        json.WriteEndObject();
    }
}
