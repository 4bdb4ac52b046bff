using System.Text;
using Mcro.Loading;
using Mcro.Model;

namespace Mcro.Workbook;

/// <summary>
/// How a dataset's CSV file is written — byte-order mark, the text before its first row (a "sep=" line, the header as
/// typed), delimiter, line ends, quoting — so rows written back look like the file's own, and a row left as it was
/// keeps its bytes.
/// </summary>
public sealed record CsvFileStyle(bool Bom, string Prefix, char Delimiter, string LineEnd, bool FinalLineEnd, bool QuoteAll)
{
    /// <summary>The rows as the file holds them, for rows that read back unchanged; empty when a row spans lines.</summary>
    public IReadOnlyList<(IReadOnlyList<string> Values, string Line)> Originals { get; init; } = [];

    public static CsvFileStyle Default(IReadOnlyList<string> header) => new(false, string.Join(',', header) + "\n", ',', "\n", true, false);

    /// <summary>The encoding the file is written back in: UTF-8, or the code page config.yaml declares for it.</summary>
    public Encoding Text { get; init; } = new UTF8Encoding(false);

    /// <param name="table">The file as the loader reads it.</param>
    /// <param name="declared">The file's encoding as config.yaml declares it (null: UTF-8); a UTF-8 byte-order mark wins, as when reading.</param>
    public static CsvFileStyle Of(byte[] bytes, CsvTable table, DeclaredEncoding? declared = null)
    {
        var bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble);
        Encoding encoding = !bom && declared is { IsCodePage: true } ? TextEncodings.CodePage(declared.Name) : new UTF8Encoding(false);
        var text = encoding.GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0));
        var lineEnd = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Split('\n');
        var body = string.Join('\n', lines.Skip(table.HeaderLine));
        var prefix = string.Join('\n', lines.Take(table.HeaderLine)) + "\n";
        if (table.HeaderLine >= lines.Length) prefix = text.TrimEnd('\r', '\n') + lineEnd;
        var separator = SeparatorLine.Read(text, "", new Diagnostics.DiagnosticBag());
        var delimiter = separator?.Delimiter ?? DelimiterDetector.Detect(text);
        var single = lines.Skip(table.HeaderLine).Count(l => l.Trim().Length > 0) == table.Records.Length;
        var originals = single ? table.Records.Select(r => ((IReadOnlyList<string>)r.Values, lines[r.Line - 1].TrimEnd('\r'))).ToList() : [];
        var quoteAll = originals.Count > 0 && originals[0].Item2.StartsWith('"') && originals[0].Item2.EndsWith('"');
        return new CsvFileStyle(bom, prefix, delimiter, lineEnd, text.EndsWith('\n'), quoteAll) { Originals = originals, Text = encoding };
    }

    /// <summary>The file: its prefix, then a line per row (the file's own line where the row is unchanged at its place).</summary>
    /// <exception cref="EncoderFallbackException">A value has a letter the file's declared code page cannot hold.</exception>
    public byte[] Render(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder(Prefix);
        for (var i = 0; i < rows.Count; i++)
        {
            if (i > 0) text.Append(LineEnd);
            var row = rows[i];
            text.Append(i < Originals.Count && Originals[i].Values.SequenceEqual(row, StringComparer.Ordinal) ? Originals[i].Line : Line(row));
        }
        if (rows.Count > 0 && FinalLineEnd) text.Append(LineEnd);
        var encoded = Text.GetBytes(text.ToString());
        return Bom ? [.. Encoding.UTF8.Preamble, .. encoded] : encoded;
    }

    private string Line(IReadOnlyList<string> values) => string.Join(Delimiter, values.Select(Field));

    private string Field(string value) =>
        QuoteAll || value.AsSpan().IndexOfAny([Delimiter, '"', '\r', '\n']) >= 0 || value.Trim().Length != value.Length
            ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
