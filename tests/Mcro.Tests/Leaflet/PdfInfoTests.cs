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

    private const string Info = "<</Title (Old title)\n/Creator (Mozilla/5.0 \\(X11\\) HeadlessChrome/156.0.0.0)\n/Producer (Skia/PDF m156)\n/CreationDate (D:20261202151400+00'00')\n/ModDate (D:20261202151400+00'00')>>";

    /// <summary>A small PDF laid out as Skia writes it: the information dictionary first, a classic xref table, a trailer naming it.</summary>
    private static byte[] ChromiumLike(bool infoLast = false, string trailerExtra = "")
    {
        var catalog = "<</Type /Catalog\n/Pages 3 0 R>>";
        var pages = "<</Type /Pages\n/Kids []\n/Count 0>>";
        var bodies = infoLast ? new[] { pages, catalog, Info } : new[] { Info, catalog, pages };
        var objects = bodies.Select((body, i) => $"{i + 1} 0 obj\n{body}\nendobj\n").ToArray();
        var infoNumber = infoLast ? 3 : 1;
        var rootNumber = 2;
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
        text.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {objects.Length + 1}\n/Root {rootNumber} 0 R\n/Info {infoNumber} 0 R{trailerExtra}>>\nstartxref\n{xref}\n%%EOF\n");
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
    public void An_information_dictionary_after_other_objects_and_an_id_in_the_trailer_are_handled()
    {
        var pdf = Encoding.Latin1.GetString(PdfInfo.Apply(ChromiumLike(infoLast: true, trailerExtra: "\n/ID [<00ff> <00ff>]"), Fields)!);

        Assert.Contains("/Creator (mcro)", pdf);
        Assert.Contains("/ID [<00ff> <00ff>]", pdf);
        var startxref = int.Parse(StartXref().Match(pdf).Groups[1].Value, CultureInfo.InvariantCulture);
        var entries = Entry().Matches(pdf[startxref..]).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        for (var i = 0; i < entries.Count; i++) Assert.StartsWith($"{i + 1} 0 obj\n", pdf[entries[i]..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%PDF-1.7\nnot a classic table\n%%EOF\n")]
    [InlineData("%PDF-1.4\n1 0 obj\n<<>>\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<</Size 2\n/Info 7 0 R>>\nstartxref\n31\n%%EOF\n")]
    [InlineData("%PDF-1.4\nxref\n0 99\ntrailer\n<</Info 1 0 R>>\nstartxref\n9\n%%EOF\n")]
    [InlineData("%PDF-1.4\nstartxref\n999999\n%%EOF\n")]
    public void A_pdf_not_laid_out_as_chromium_writes_it_is_left_alone_and_said_so(string pdf) =>
        Assert.Null(PdfInfo.Apply(Encoding.Latin1.GetBytes(pdf), Fields));

    [Fact]
    public void An_incremental_update_is_left_alone_rather_than_half_rewritten()
    {
        var pdf = Encoding.Latin1.GetString(ChromiumLike()).Replace("/Info 1 0 R>>", "/Info 1 0 R\n/Prev 9>>", StringComparison.Ordinal);

        Assert.Null(PdfInfo.Apply(Encoding.Latin1.GetBytes(pdf), Fields));
    }

    [Fact]
    public void Pages_are_counted_with_their_size()
    {
        var two = "<</Type /Pages /Count 2>> <</Type /Page\n/MediaBox [0 0 594.95996 841.91998]>> <</Type /Page\n/MediaBox [0 0 594.95996 841.91998]>>";
        var letter = "<</Type /Page\n/MediaBox [0 0 612 792]>>";

        Assert.Equal((2, true), PdfInfo.Pages(Encoding.Latin1.GetBytes(two)));
        Assert.Equal((1, false), PdfInfo.Pages(Encoding.Latin1.GetBytes(letter)));
    }

    [GeneratedRegex(@"startxref\n(\d+)\n%%EOF")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"(\d{10}) 00000 n \n")]
    private static partial Regex Entry();
}
