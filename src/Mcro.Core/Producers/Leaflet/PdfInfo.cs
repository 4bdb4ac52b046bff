using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Mcro.Producers.Leaflet;

/// <summary>
/// Sets a PDF's document information (title, author, subject, keywords, creator, dates) as Chromium cannot: it writes
/// the title only, and the time of printing as its dates, so two prints of one sheet would never be the same bytes.
/// Works on the classic cross-reference table Chromium (Skia) writes; the offsets after the rewritten object move by
/// the change in its length.
/// </summary>
public static partial class PdfInfo
{
    /// <summary>The document information of a leaflet; <paramref name="Date"/> stands for both its creation and its modification.</summary>
    public sealed record Fields(string Title, string Author, string Subject, string Keywords, DateTimeOffset Date);

    /// <returns>The PDF with its information dictionary replaced, or null when it is not laid out as Chromium writes it.</returns>
    public static byte[]? Apply(byte[] pdf, Fields fields)
    {
        // Latin-1 maps every byte to one char and back: offsets in the text are offsets in the file.
        var text = Encoding.Latin1.GetString(pdf);
        var startxref = StartXref().Match(text);
        if (!startxref.Success) return null;
        var xrefAt = int.Parse(startxref.Groups[1].Value, CultureInfo.InvariantCulture);
        var table = XrefTable().Match(text, xrefAt);
        var trailer = InfoReference().Match(text, xrefAt);
        if (!table.Success || table.Index != xrefAt || !trailer.Success) return null;
        var first = int.Parse(table.Groups[1].Value, CultureInfo.InvariantCulture);
        var infoNumber = int.Parse(trailer.Groups[1].Value, CultureInfo.InvariantCulture);
        var entriesAt = table.Index + table.Length;
        var entryAt = entriesAt + ((infoNumber - first) * 20);
        if (infoNumber < first || entryAt + 20 > text.Length) return null;
        var objectAt = int.Parse(text.AsSpan(entryAt, 10), CultureInfo.InvariantCulture);
        var header = $"{infoNumber} 0 obj";
        if (string.CompareOrdinal(text, objectAt, header, 0, header.Length) != 0) return null;
        var end = text.IndexOf("endobj", objectAt, StringComparison.Ordinal);
        if (end < 0 || end > xrefAt) return null;

        var producer = Producer().Match(text, objectAt, end - objectAt) is { Success: true } m ? m.Groups[1].Value : "";
        var replacement = $"{header}\n{Dictionary(fields, producer)}\n";
        var delta = replacement.Length - (end - objectAt);
        var count = int.Parse(table.Groups[2].Value, CultureInfo.InvariantCulture);
        var entries = new StringBuilder(text, entriesAt, count * 20, count * 20);
        for (var i = 0; i < count; i++)
        {
            var offset = long.Parse(entries.ToString(i * 20, 10), CultureInfo.InvariantCulture);
            if (entries[(i * 20) + 17] == 'n' && offset > objectAt)
                entries.Remove(i * 20, 10).Insert(i * 20, (offset + delta).ToString("D10", CultureInfo.InvariantCulture));
        }
        var result = new StringBuilder(text.Length + delta)
            .Append(text, 0, objectAt)
            .Append(replacement)
            .Append(text, end, entriesAt - end)
            .Append(entries)
            .Append(text, entriesAt + (count * 20), startxref.Index - (entriesAt + (count * 20)))
            .Append(CultureInfo.InvariantCulture, $"startxref\n{xrefAt + delta}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(result.ToString());
    }

    private static string Dictionary(Fields fields, string producer)
    {
        var date = "D:" + fields.Date.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z";
        return $"<</Title {Utf16(fields.Title)}\n/Author {Utf16(fields.Author)}\n/Subject {Utf16(fields.Subject)}\n/Keywords {Utf16(fields.Keywords)}\n" +
            $"/Creator (mcro)\n/Producer ({producer})\n/CreationDate ({date})\n/ModDate ({date})>>";
    }

    /// <summary>A PDF text string as UTF-16BE with its byte-order mark, in hex: every script, no escaping to get wrong.</summary>
    private static string Utf16(string value) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex StartXref();

    [GeneratedRegex(@"\Gxref\n(\d+) (\d+)\n", RegexOptions.CultureInvariant)]
    private static partial Regex XrefTable();

    [GeneratedRegex(@"trailer\s*<<[^>]*/Info (\d+) 0 R", RegexOptions.CultureInvariant)]
    private static partial Regex InfoReference();

    [GeneratedRegex(@"/Producer \(([^()\\]*)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Producer();
}
