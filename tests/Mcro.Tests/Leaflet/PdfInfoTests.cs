using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Mcro.Producers.Leaflet;

namespace Mcro.Tests.Leaflet;

/// <summary>The document information of a PDF as Chromium writes it, replaced without breaking the file's cross-reference table.</summary>
public sealed partial class PdfInfoTests
{
    private static readonly PdfInfo.Fields Fields = new("Општинске канцеларије (ОКЗП) у 2019", "Misija OEBS-a", "Factsheets", "OKZP, 2019",
        new DateTimeOffset(2019, 12, 31, 23, 59, 59, TimeSpan.Zero));

    /// <summary>A small PDF laid out as Skia writes it: the information dictionary first, a classic xref table, a trailer naming it.</summary>
    private static byte[] ChromiumLike()
    {
        var objects = new[]
        {
            "1 0 obj\n<</Title (Old title)\n/Creator (Mozilla/5.0 \\(X11\\) HeadlessChrome/156.0.0.0)\n/Producer (Skia/PDF m156)\n/CreationDate (D:20261202151400+00'00')\n/ModDate (D:20261202151400+00'00')>>\nendobj\n",
            "2 0 obj\n<</Type /Catalog\n/Pages 3 0 R>>\nendobj\n",
            "3 0 obj\n<</Type /Pages\n/Kids []\n/Count 0>>\nendobj\n",
        };
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        foreach (var o in objects)
        {
            offsets.Add(text.Length);
            text.Append(o);
        }
        var xref = text.Length;
        text.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) text.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        text.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {objects.Length + 1}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(text.ToString());
    }

    [Fact]
    public void Sets_every_field_in_utf16_and_the_dates_from_the_data()
    {
        var pdf = Encoding.Latin1.GetString(PdfInfo.Apply(ChromiumLike(), Fields)!);

        Assert.Contains("/Title <FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(Fields.Title)) + ">", pdf);
        Assert.Contains("/Author <FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes("Misija OEBS-a")) + ">", pdf);
        Assert.Contains("/Keywords <FEFF", pdf);
        Assert.Contains("/Subject <FEFF", pdf);
        Assert.Contains("/CreationDate (D:20191231235959Z)", pdf);
        Assert.Contains("/ModDate (D:20191231235959Z)", pdf);
        Assert.Contains("/Producer (Skia/PDF m156)", pdf);
        Assert.Contains("/Creator (mcro)", pdf);
        Assert.DoesNotContain("2026", pdf);
        Assert.DoesNotContain("HeadlessChrome", pdf);
    }

    [Fact]
    public void Every_offset_of_the_cross_reference_table_still_points_at_its_object()
    {
        var pdf = Encoding.Latin1.GetString(PdfInfo.Apply(ChromiumLike(), Fields)!);

        var startxref = int.Parse(StartXref().Match(pdf).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.StartsWith("xref\n0 4\n", pdf[startxref..], StringComparison.Ordinal);
        var entries = Entry().Matches(pdf[startxref..]).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3, entries.Count);
        for (var i = 0; i < entries.Count; i++) Assert.StartsWith($"{i + 1} 0 obj\n", pdf[entries[i]..], StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_pdf_and_fields_give_the_same_bytes_whatever_time_it_was_printed()
    {
        var first = PdfInfo.Apply(ChromiumLike(), Fields)!;
        var later = ChromiumLike().AsSpan().ToArray();
        var printedLater = Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(later).Replace("20261202151400", "20270101090909", StringComparison.Ordinal));

        Assert.Equal(first, PdfInfo.Apply(printedLater, Fields));
    }

    [Fact]
    public void A_pdf_not_laid_out_as_chromium_writes_it_is_left_alone_and_said_so()
    {
        Assert.Null(PdfInfo.Apply(Encoding.Latin1.GetBytes("%PDF-1.7\nnot a classic table\n%%EOF\n"), Fields));
    }

    [GeneratedRegex(@"startxref\n(\d+)\n%%EOF")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"(\d{10}) 00000 n \n")]
    private static partial Regex Entry();
}
