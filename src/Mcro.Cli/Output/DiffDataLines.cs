using System.Globalization;
using Mcro.Diagnostics;
using Mcro.Review.Data;

namespace Mcro.Cli.Output;

/// <summary>
/// A data change as one line, place first: <c>data/2019/offices.csv:14:F (coordination) · Novobërdë/Novo Brdo · no → yes</c>;
/// a sentence changed shows its changed words. For a terminal, and for Markdown (place in code, words escaped).
/// </summary>
public static class DiffDataLines
{
    /// <summary>A row's or an added text's value shown whole up to this many characters, then "…".</summary>
    private const int MaxShown = 160;

    public static string Text(DataChange change) => SafeText.Escape(change.Where.ToString()) + " · " + change switch
    {
        CellChange cell => $"{SafeText.Escape(cell.Row)} · {Values(cell.Before, cell.After, DiffWords.Text, v => SafeText.Escape(v))}",
        RowChange row => $"row {(row.Added ? "added" : "removed")} · {SafeText.Escape(row.Row)} · {SafeText.Escape(Short(string.Join(", ", row.Values)))}",
        DataTextChange { Before: null } text => $"{SafeText.Escape(text.Key)} added · {{+{SafeText.Escape(Short(text.After!))}+}}",
        DataTextChange { After: null } text => $"{SafeText.Escape(text.Key)} removed · [-{SafeText.Escape(Short(text.Before!))}-]",
        DataTextChange text => $"{SafeText.Escape(text.Key)} · {Values(text.Before!, text.After!, DiffWords.Text, v => SafeText.Escape(v))}",
        ColumnChange column => $"column {(column.Added ? "added" : "removed")} · {SafeText.Escape(column.Column)}",
        FileChange file => $"file {(file.Added ? "added" : "removed")}{Holding(file)}",
        _ => throw new InvalidOperationException($"a data change of an unknown kind: {change.GetType().Name}"),
    };

    public static string Markdown(DataChange change) => Code(change.Where.ToString()) + " · " + change switch
    {
        CellChange cell => $"{Md(cell.Row)} · {Values(cell.Before, cell.After, DiffWords.Markdown, Md)}",
        RowChange row => $"row {(row.Added ? "added" : "removed")} · {Md(row.Row)} · {Md(Short(string.Join(", ", row.Values)))}",
        DataTextChange { Before: null } text => $"{Code(text.Key)} added · **{Md(Short(text.After!))}**",
        DataTextChange { After: null } text => $"{Code(text.Key)} removed · ~~{Md(Short(text.Before!))}~~",
        DataTextChange text => $"{Code(text.Key)} · {Values(text.Before!, text.After!, DiffWords.Markdown, Md)}",
        ColumnChange column => $"column {(column.Added ? "added" : "removed")} · {Code(column.Column)}",
        FileChange file => $"file {(file.Added ? "added" : "removed")}{Holding(file)}",
        _ => throw new InvalidOperationException($"a data change of an unknown kind: {change.GetType().Name}"),
    };

    /// <summary>A word or a number as "no → yes"; a sentence by its changed words.</summary>
    private static string Values(string before, string after, Func<string, string, string> words, Func<string, string> value) =>
        DiffWords.AreSentences(before, after) ? words(before, after) : $"{Shown(before, value)} → {Shown(after, value)}";

    private static string Shown(string text, Func<string, string> value) => text.Length == 0 ? "(empty)" : value(text);

    private static string Holding(FileChange file)
    {
        var what = file.File.EndsWith(".csv", StringComparison.Ordinal) ? (file.Entries == 1 ? "row" : "rows") : (file.Entries == 1 ? "text" : "texts");
        return $" ({file.Entries.ToString(CultureInfo.InvariantCulture)} {what})";
    }

    private static string Short(string text) =>
        text.Length <= MaxShown ? text : text[..(char.IsHighSurrogate(text[MaxShown - 1]) ? MaxShown - 1 : MaxShown)].TrimEnd() + "…";

    private static string Md(string text) => DiffMarkdownWriter.Escape(SafeText.Escape(text));

    /// <summary>A place or key in code, where Markdown reads nothing; a backquote in it would close the code, so it is shown as a quote.</summary>
    private static string Code(string text) => "`" + SafeText.Escape(text).Replace('`', '\'') + "`";
}
