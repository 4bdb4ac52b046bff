using System.Globalization;
using System.Text;

namespace Mcro.Producers.Leaflet.Pdf;

/// <summary>A PDF value as Chromium's printer writes them: what the leaflet's writer reads back and changes.</summary>
internal abstract record PdfValue
{
    /// <summary>The value as PDF syntax, for an object written again.</summary>
    public abstract string Write();
}

internal sealed record PdfName(string Name) : PdfValue
{
    public override string Write() => "/" + Name;
}

internal sealed record PdfNumber(string Raw) : PdfValue
{
    public long Integer => long.Parse(Raw, NumberStyles.Integer, CultureInfo.InvariantCulture);

    public override string Write() => Raw;
}

internal sealed record PdfReference(int Number) : PdfValue
{
    public override string Write() => $"{Number} 0 R";
}

internal sealed record PdfKeyword(string Word) : PdfValue
{
    public override string Write() => Word;
}

internal sealed record PdfString(byte[] Bytes) : PdfValue
{
    /// <summary>A text string: UTF-16BE with its byte-order mark, else PDFDocEncoding (Latin-1 for what Chromium writes).</summary>
    public string Text => Bytes is [0xFE, 0xFF, ..] ? Encoding.BigEndianUnicode.GetString(Bytes, 2, Bytes.Length - 2) : Encoding.Latin1.GetString(Bytes);

    /// <summary>A text string for any script: UTF-16BE with its byte-order mark, in hex.</summary>
    public static PdfString Of(string text) => new([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)]);

    public override string Write() => "<" + Convert.ToHexString(Bytes) + ">";
}

internal sealed record PdfArray(IReadOnlyList<PdfValue> Items) : PdfValue
{
    public override string Write() => "[" + string.Join(" ", Items.Select(i => i.Write())) + "]";
}

internal sealed record PdfDictionary(IReadOnlyList<KeyValuePair<string, PdfValue>> Entries) : PdfValue
{
    public PdfValue? this[string key] => Entries.FirstOrDefault(e => e.Key == key).Value;

    /// <summary>The dictionary with <paramref name="key"/> set (replaced where it was, added at the end otherwise).</summary>
    public PdfDictionary With(string key, PdfValue value) => Entries.Any(e => e.Key == key)
        ? new([.. Entries.Select(e => e.Key == key ? KeyValuePair.Create(key, value) : e)])
        : new([.. Entries, KeyValuePair.Create(key, value)]);

    public override string Write() => "<<" + string.Concat(Entries.Select(e => $"/{e.Key} {e.Value.Write()}\n")) + ">>";
}
