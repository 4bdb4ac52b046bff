using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Mcro.Producers.Leaflet.Pdf;

/// <summary>
/// An incremental update (ISO 32000-1, 7.5.6) appended to a PDF: objects replaced or added, a cross-reference section
/// for them alone and a trailer pointing back at the original's. Every byte of the original stays as it was, the
/// structure tree included; the same changes to the same file give the same bytes.
/// </summary>
internal sealed class PdfUpdate(PdfFile original)
{
    private readonly SortedDictionary<int, byte[]> _objects = [];
    private int _next = original.Size;

    /// <summary>A number for a new object.</summary>
    public int NewNumber() => _next++;

    public void Set(int number, PdfValue value) => _objects[number] = Encoding.Latin1.GetBytes($"{number} 0 obj\n{value.Write()}\nendobj\n");

    /// <summary>A stream object; <paramref name="compress"/> writes it Flate-encoded (the compression is deterministic).</summary>
    public void SetStream(int number, PdfDictionary dictionary, byte[] data, bool compress)
    {
        var body = compress ? Deflate(data) : data;
        if (compress) dictionary = dictionary.With("Filter", new PdfName("FlateDecode"));
        dictionary = dictionary.With("Length", new PdfNumber(body.Length.ToString(CultureInfo.InvariantCulture)));
        _objects[number] = [.. Encoding.Latin1.GetBytes($"{number} 0 obj\n{dictionary.Write()}\nstream\n"), .. body, .. "\nendstream\nendobj\n"u8];
    }

    /// <summary>The original with the update appended; <paramref name="trailer"/> entries (/Info) replace the original's.</summary>
    public byte[] Write(params (string Key, PdfValue Value)[] trailer)
    {
        using var output = new MemoryStream();
        output.Write(original.Bytes);
        if (original.Bytes[^1] != '\n') output.WriteByte((byte)'\n');
        var offsets = new SortedDictionary<int, long>();
        foreach (var (number, bytes) in _objects)
        {
            offsets[number] = output.Position;
            output.Write(bytes);
        }
        var xrefAt = output.Position;
        var xref = new StringBuilder("xref\n");
        // One subsection per run of consecutive numbers.
        var numbers = offsets.Keys.ToList();
        for (var i = 0; i < numbers.Count;)
        {
            var j = i;
            while (j + 1 < numbers.Count && numbers[j + 1] == numbers[j] + 1) j++;
            xref.Append(CultureInfo.InvariantCulture, $"{numbers[i]} {j - i + 1}\n");
            for (var k = i; k <= j; k++) xref.Append(CultureInfo.InvariantCulture, $"{offsets[numbers[k]]:D10} 00000 n \n");
            i = j + 1;
        }
        var dictionary = original.Trailer
            .With("Size", new PdfNumber(Math.Max(_next, original.Size).ToString(CultureInfo.InvariantCulture)))
            .With("Prev", new PdfNumber(original.XrefAt.ToString(CultureInfo.InvariantCulture)));
        foreach (var (key, value) in trailer) dictionary = dictionary.With(key, value);
        xref.Append(CultureInfo.InvariantCulture, $"trailer\n{dictionary.Write()}\nstartxref\n{xrefAt}\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(xref.ToString()));
        return output.ToArray();
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(data);
        return output.ToArray();
    }
}
