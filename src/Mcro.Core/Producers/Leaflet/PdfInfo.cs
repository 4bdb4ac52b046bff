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
        try
        {
            return TryApply(pdf, fields) is { } result && OffsetsHold(result) ? result : null;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>How many pages the PDF has, and whether every one is A4 (as Skia writes its page dictionaries).</summary>
    public static (int Pages, bool AllA4) Pages(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var boxes = MediaBox().Matches(text).Select(m => (double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();
        var pages = PageObject().Count(text);
        // A4 is 595.28 × 841.89 pt; Chromium rounds to whole CSS pixels (594.96 × 841.92).
        return (pages, boxes.Count == pages && boxes.All(b => Math.Abs(b.Item1 - 595.28) < 1.5 && Math.Abs(b.Item2 - 841.89) < 1.5));
    }

    private static byte[]? TryApply(byte[] pdf, Fields fields)
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
        var count = int.Parse(table.Groups[2].Value, CultureInfo.InvariantCulture);
        var infoNumber = int.Parse(trailer.Groups[1].Value, CultureInfo.InvariantCulture);
        var entriesAt = table.Index + table.Length;
        var entryAt = entriesAt + ((infoNumber - first) * 20);
        // One subsection, then the trailer, and no earlier revision (/Prev): the only layout whose offsets are all here.
        if (infoNumber < first || infoNumber >= first + count || entriesAt + (count * 20) > text.Length) return null;
        if (string.CompareOrdinal(text, entriesAt + (count * 20), "trailer", 0, 7) != 0 || text.AsSpan(trailer.Index, startxref.Index - trailer.Index).Contains("/Prev", StringComparison.Ordinal)) return null;
        var objectAt = int.Parse(text.AsSpan(entryAt, 10), CultureInfo.InvariantCulture);
        var header = $"{infoNumber} 0 obj";
        if (string.CompareOrdinal(text, objectAt, header, 0, header.Length) != 0) return null;
        // The dictionary's end: ">>" right before "endobj" (a title is hex or a literal without line breaks, so it cannot hold both).
        var end = text.IndexOf(">>\nendobj", objectAt, StringComparison.Ordinal) is var close and >= 0 ? close + 3 : -1;
        if (end < 0 || end > xrefAt) return null;

        var producer = Producer().Match(text, objectAt, end - objectAt) is { Success: true } m ? m.Groups[1].Value : "";
        var replacement = $"{header}\n{Dictionary(fields, producer)}\n";
        var delta = replacement.Length - (end - objectAt);
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

    /// <summary>Every object the table says is in use starts where the table says, and startxref points at the table.</summary>
    private static bool OffsetsHold(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var xrefAt = int.Parse(StartXref().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
        var table = XrefTable().Match(text, xrefAt);
        if (!table.Success) return false;
        var first = int.Parse(table.Groups[1].Value, CultureInfo.InvariantCulture);
        var count = int.Parse(table.Groups[2].Value, CultureInfo.InvariantCulture);
        var entriesAt = table.Index + table.Length;
        for (var i = 0; i < count; i++)
        {
            var entry = text.AsSpan(entriesAt + (i * 20), 20);
            if (entry[17] != 'n') continue;
            var offset = int.Parse(entry[..10], CultureInfo.InvariantCulture);
            var header = $"{first + i} ";
            if (offset >= text.Length || string.CompareOrdinal(text, offset, header, 0, header.Length) != 0) return false;
        }
        return true;
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

    [GeneratedRegex(@"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex MediaBox();

    [GeneratedRegex(@"/Type /Page\b(?!s)", RegexOptions.CultureInvariant)]
    private static partial Regex PageObject();

    [GeneratedRegex(@"/Producer \(([^()\\]*)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Producer();
}
