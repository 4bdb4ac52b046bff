using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Mcro.Tests.Leaflet;

/// <summary>Small PDFs laid out as Chromium (Skia) writes them: a classic table, a trailer naming /Root and /Info, Flate content.</summary>
internal static class ChromiumPdf
{
    public const string Content = "q\n1 1 1 rg\n0 0 595 842 re\nf\nQ\n/P <</MCID 0 >>BDC\nBT\n/F4 12 Tf\n[(Hi)] TJ\nET\nEMC\n/Figure <</MCID 1 >>BDC\n10 10 m\n20 20 l\nS\nEMC\n";

    /// <summary>The objects of a two-page leaflet; the first page has a link to <paramref name="uri"/>.</summary>
    public static SortedDictionary<int, string> Objects(string uri = "https://example.org/2019/en/") => new()
    {
        [1] = "<</Title (Old title)\n/Creator (Mozilla/5.0 \\(X11\\) HeadlessChrome/156.0.0.0)\n/Producer (Skia/PDF m156)\n/CreationDate (D:20261202151400+00'00')\n/ModDate (D:20261202151400+00'00')>>",
        [2] = "<</Type /Page\n/Parent 6 0 R\n/MediaBox [0 0 594.95996 841.91998]\n/Contents 4 0 R\n/Annots [8 0 R]\n/Tabs /S>>",
        [3] = "<</Type /Page\n/Parent 6 0 R\n/MediaBox [0 0 594.95996 841.91998]\n/Contents 5 0 R>>",
        [4] = Stream(Content),
        [5] = Stream("/H2 <</MCID 0 >>BDC\n0 0 5 5 re\nf\nEMC\n"),
        [6] = "<</Type /Pages\n/Count 2\n/Kids [2 0 R 3 0 R]>>",
        [7] = "<</Type /Catalog\n/Pages 6 0 R\n/MarkInfo <</Type /MarkInfo\n/Marked true>>\n/Lang (sr-Latn)\n/ViewerPreferences <</Type /ViewerPreferences\n/DisplayDocTitle true>>>>",
        [8] = $"<</Type /Annot\n/Subtype /Link\n/Rect [0 0 10 10]\n/A <</S /URI\n/URI ({uri})>>\n/StructParent 1>>",
    };

    public static byte[] Write(SortedDictionary<int, string> objects, string trailerExtra = "")
    {
        var pdf = new StringBuilder("%PDF-1.4\n%\u00e2\u00e3\n");
        var offsets = new SortedDictionary<int, int>();
        foreach (var (number, body) in objects)
        {
            offsets[number] = pdf.Length;
            pdf.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n");
        }
        var xref = pdf.Length;
        var size = objects.Keys.Max() + 1;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {size}\n0000000000 65535 f \n");
        for (var i = 1; i < size; i++) pdf.Append(CultureInfo.InvariantCulture, $"{offsets[i]:D10} 00000 n \n");
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {size}\n/Root 7 0 R\n/Info 1 0 R{trailerExtra}>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    /// <summary>A Flate stream, as Skia writes its content (Latin-1 text stands for the bytes).</summary>
    public static string Stream(string content)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(Encoding.Latin1.GetBytes(content));
        var data = Encoding.Latin1.GetString(output.ToArray());
        return $"<</Filter /FlateDecode\n/Length {data.Length}>> stream\n{data}\nendstream";
    }

    public static string Inflate(byte[] data)
    {
        using var input = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return Encoding.Latin1.GetString(output.ToArray());
    }
}
