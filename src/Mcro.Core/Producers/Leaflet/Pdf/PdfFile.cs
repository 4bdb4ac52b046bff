using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Mcro.Producers.Leaflet.Pdf;

/// <summary>
/// A PDF as Chromium (Skia) writes it, read by its objects: classic cross-reference tables (the original and any
/// incremental update), a trailer with /Root and /Info. Throws <see cref="FormatException"/> for any other layout
/// (cross-reference streams, object streams).
/// </summary>
internal sealed class PdfFile
{
    private readonly Dictionary<int, int> _offsets = [];

    public PdfFile(byte[] bytes)
    {
        Bytes = bytes;
        var tail = Encoding.Latin1.GetString(bytes, Math.Max(0, bytes.Length - 64), Math.Min(64, bytes.Length));
        var startxref = tail.LastIndexOf("startxref", StringComparison.Ordinal);
        if (startxref < 0) throw new FormatException("no startxref");
        XrefAt = int.Parse(tail[(startxref + 9)..].Split('%')[0].Trim(), CultureInfo.InvariantCulture);
        // The newest section first: an object's newest offset is the one that counts; earlier revisions only add.
        PdfDictionary? newest = null;
        var seen = new HashSet<int>();
        for (var at = XrefAt; seen.Add(at);)
        {
            var parser = new PdfParser(bytes, at);
            if (parser.Next() is not PdfKeyword { Word: "xref" }) throw new FormatException("no classic cross-reference table where one should be");
            while (parser.Next() is PdfNumber first)
            {
                var count = ((PdfNumber)parser.Next()).Integer;
                for (var i = 0; i < count; i++)
                {
                    var offset = parser.Next();
                    parser.Next();
                    if (parser.Next() is PdfKeyword { Word: "n" }) _offsets.TryAdd((int)first.Integer + i, (int)((PdfNumber)offset).Integer);
                }
            }
            var trailer = parser.Next() as PdfDictionary ?? throw new FormatException("no trailer dictionary");
            newest ??= trailer;
            if (trailer["Prev"] is not PdfNumber previous) break;
            at = (int)previous.Integer;
        }
        Trailer = newest!;
        Size = (int)((PdfNumber)Trailer["Size"]!).Integer;
    }

    public byte[] Bytes { get; }

    public int XrefAt { get; }

    public PdfDictionary Trailer { get; }

    /// <summary>One more than the highest object number: the first number a new object can take.</summary>
    public int Size { get; }

    public int RootNumber => ((PdfReference)Trailer["Root"]!).Number;

    public PdfDictionary Catalog => Dictionary(Trailer["Root"]!);

    /// <summary>The value of object <paramref name="number"/>; for a stream, its dictionary.</summary>
    public PdfValue Object(int number) => Read(number).Value;

    /// <summary>A value, with a reference followed.</summary>
    public PdfValue Resolve(PdfValue value) => value is PdfReference r ? Object(r.Number) : value;

    public PdfDictionary Dictionary(PdfValue value) => Resolve(value) as PdfDictionary ?? throw new FormatException("a dictionary was expected");

    /// <summary>The decoded data of the stream object <paramref name="number"/> (unfiltered or Flate, as Skia writes).</summary>
    public byte[] StreamData(int number)
    {
        var (value, dataAt) = Read(number);
        if (value is not PdfDictionary dictionary || dataAt < 0) throw new FormatException($"object {number} is not a stream");
        var length = (int)((PdfNumber)Resolve(dictionary["Length"]!)).Integer;
        var raw = Bytes.AsSpan(dataAt, length).ToArray();
        return dictionary["Filter"] switch
        {
            null => raw,
            PdfName { Name: "FlateDecode" } => Inflate(raw),
            var other => throw new FormatException($"object {number} has the filter {other.Write()}"),
        };
    }

    /// <summary>The pages in order, as object numbers.</summary>
    public IReadOnlyList<int> Pages()
    {
        var pages = new List<int>();
        void Walk(PdfValue node)
        {
            var dictionary = Dictionary(node);
            if (dictionary["Type"] is PdfName { Name: "Pages" })
                foreach (var kid in ((PdfArray)Resolve(dictionary["Kids"]!)).Items) Walk(kid);
            else pages.Add(((PdfReference)node).Number);
        }
        Walk(Catalog["Pages"]!);
        return pages;
    }

    /// <summary>
    /// The PDF with object <paramref name="number"/>'s value overwritten in place by an empty dictionary and spaces, so
    /// that no offset moves: what an older revision said that must not stay in the file (Chromium's time of printing).
    /// </summary>
    public byte[] Emptied(int number)
    {
        var (_, start, end) = ValueAt(number);
        var bytes = (byte[])Bytes.Clone();
        Array.Fill(bytes, (byte)' ', start, end - start);
        "<<>>"u8.CopyTo(bytes.AsSpan(start));
        return bytes;
    }

    private (PdfValue Value, int Start, int End) ValueAt(int number)
    {
        if (!_offsets.TryGetValue(number, out var offset)) throw new FormatException($"object {number} is not in the table");
        var parser = new PdfParser(Bytes, offset);
        if (parser.Next() is not PdfNumber n || n.Integer != number || parser.Next() is not PdfNumber || parser.Next() is not PdfKeyword { Word: "obj" })
            throw new FormatException($"object {number} is not where the table says");
        parser.SkipSpace();
        var start = parser.Position;
        var value = parser.Next();
        if (value is not PdfDictionary || parser.Position - start < 4) throw new FormatException($"object {number} is not a dictionary");
        return (value, start, parser.Position);
    }

    private (PdfValue Value, int DataAt) Read(int number)
    {
        if (!_offsets.TryGetValue(number, out var offset)) throw new FormatException($"object {number} is not in the table");
        var parser = new PdfParser(Bytes, offset);
        if (parser.Next() is not PdfNumber n || n.Integer != number || parser.Next() is not PdfNumber || parser.Next() is not PdfKeyword { Word: "obj" })
            throw new FormatException($"object {number} is not where the table says");
        var value = parser.Next();
        if (parser.Next() is PdfKeyword { Word: "stream" })
        {
            var dataAt = parser.Position;
            if (Bytes[dataAt] == '\r') dataAt++;
            if (Bytes[dataAt] == '\n') dataAt++;
            return (value, dataAt);
        }
        return (value, -1);
    }

    private static byte[] Inflate(byte[] raw)
    {
        using var input = new ZLibStream(new MemoryStream(raw), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
