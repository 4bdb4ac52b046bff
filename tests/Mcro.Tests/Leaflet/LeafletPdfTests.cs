using System.Text;
using Mcro.Producers.Leaflet.Pdf;

namespace Mcro.Tests.Leaflet;

/// <summary>
/// Chromium's PDF made a PDF/UA-1 leaflet by an incremental update: every original byte kept, the document information
/// and XMP metadata from the data (never the time of printing), the catalogue and pages as PDF/UA asks, untagged
/// painting marked as artifacts, links described.
/// </summary>
public sealed class LeafletPdfTests
{
    private static readonly DocumentInformation Info = new("Општинске канцеларије (ОКЗП) у 2019", "Misija OEBS-a", "Factsheets", "OKZP, 2019",
        new DateTimeOffset(2019, 12, 31, 23, 59, 59, TimeSpan.Zero), "sr-Cyrl");

    private static readonly Dictionary<string, string> Links = new() { ["https://example.org/2019/en/"] = "  The factsheet online\n" };

    private static byte[] Finish(byte[]? chromium = null) => LeafletPdf.Finish(chromium ?? ChromiumPdf.Write(ChromiumPdf.Objects()), Info, Links);

    [Fact]
    public void Every_byte_chromium_wrote_is_kept_but_its_information_which_is_emptied_in_place_and_the_update_points_back_at_its_table()
    {
        var original = ChromiumPdf.Write(ChromiumPdf.Objects());
        var finished = Finish(original);

        var info = Encoding.Latin1.GetString(original).IndexOf("1 0 obj\n", StringComparison.Ordinal) + 8;
        var infoEnd = Encoding.Latin1.GetString(original).IndexOf("\nendobj", info, StringComparison.Ordinal);
        Assert.True(finished.AsSpan(0, info).SequenceEqual(original.AsSpan(0, info)));
        Assert.Equal("<<>>" + new string(' ', infoEnd - info - 4), Encoding.Latin1.GetString(finished, info, infoEnd - info));
        Assert.True(finished.AsSpan(infoEnd, original.Length - infoEnd).SequenceEqual(original.AsSpan(infoEnd)));
        Assert.DoesNotContain("HeadlessChrome", Encoding.Latin1.GetString(finished));
        var file = new PdfFile(finished);
        Assert.Equal(new PdfFile(original).XrefAt, ((PdfNumber)file.Trailer["Prev"]!).Integer);
        Assert.Equal(7, file.RootNumber);
        Assert.Equal([2, 3], file.Pages());
    }

    [Fact]
    public void The_document_information_is_the_datas_in_utf16_whatever_time_it_was_printed()
    {
        var file = new PdfFile(Finish());
        var info = file.Dictionary(file.Trailer["Info"]!);

        Assert.Equal(Info.Title, ((PdfString)info["Title"]!).Text);
        Assert.Equal("Misija OEBS-a", ((PdfString)info["Author"]!).Text);
        Assert.Equal("Factsheets", ((PdfString)info["Subject"]!).Text);
        Assert.Equal("OKZP, 2019", ((PdfString)info["Keywords"]!).Text);
        Assert.Equal("mcro", ((PdfString)info["Creator"]!).Text);
        Assert.Equal("Skia/PDF m156", ((PdfString)info["Producer"]!).Text);
        Assert.Equal("D:20191231235959Z", ((PdfString)info["CreationDate"]!).Text);
        Assert.Equal("D:20191231235959Z", ((PdfString)info["ModDate"]!).Text);
    }

    [Fact]
    public void The_xmp_metadata_declares_pdf_ua_1_and_says_what_the_information_says()
    {
        var file = new PdfFile(Finish());
        var metadata = (PdfReference)file.Catalog["Metadata"]!;
        var xmp = Encoding.UTF8.GetString(file.StreamData(metadata.Number));

        Assert.Equal(new PdfName("Metadata"), file.Dictionary(metadata)["Type"]);
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", xmp);
        Assert.Contains("<rdf:li xml:lang=\"sr-Cyrl\">Општинске канцеларије (ОКЗП) у 2019</rdf:li>", xmp);
        Assert.Contains("<dc:language><rdf:Bag><rdf:li>sr-Cyrl</rdf:li></rdf:Bag></dc:language>", xmp);
        Assert.Contains("<dc:creator><rdf:Seq><rdf:li>Misija OEBS-a</rdf:li></rdf:Seq></dc:creator>", xmp);
        Assert.Contains("<xmp:CreateDate>2019-12-31T23:59:59Z</xmp:CreateDate>", xmp);
        Assert.Contains("<xmp:ModifyDate>2019-12-31T23:59:59Z</xmp:ModifyDate>", xmp);
        Assert.Contains("<pdf:Producer>Skia/PDF m156</pdf:Producer>", xmp);
        Assert.DoesNotContain("2026", xmp);
        System.Xml.Linq.XDocument.Parse(xmp.TrimStart('\uFEFF'));
    }

    [Fact]
    public void The_catalogue_shows_the_title_is_marked_keeps_its_language_and_every_page_tabs_in_structure_order()
    {
        var objects = ChromiumPdf.Objects();
        objects[7] = "<</Type /Catalog\n/Pages 6 0 R>>";
        var file = new PdfFile(Finish(ChromiumPdf.Write(objects)));

        Assert.Equal("<</DisplayDocTitle true\n>>", file.Catalog["ViewerPreferences"]!.Write());
        Assert.Equal("<</Marked true\n>>", file.Catalog["MarkInfo"]!.Write());
        Assert.Equal("sr-Cyrl", ((PdfString)file.Catalog["Lang"]!).Text);
        Assert.All(file.Pages(), page => Assert.Equal(new PdfName("S"), file.Dictionary(new PdfReference(page))["Tabs"]));
        Assert.Equal("sr-Latn", ((PdfString)new PdfFile(Finish())!.Catalog["Lang"]!).Text);
    }

    [Fact]
    public void Painting_outside_any_tag_becomes_an_artifact_and_tagged_content_stays_as_it_was()
    {
        var file = new PdfFile(Finish());
        var content = Encoding.Latin1.GetString(file.StreamData(((PdfReference)file.Dictionary(new PdfReference(2))["Contents"]!).Number));

        Assert.Equal(ChromiumPdf.Content.Replace("0 0 595 842 re\nf", "/Artifact BMC\n0 0 595 842 re\nf\nEMC", StringComparison.Ordinal), content);
        // The second page has nothing untagged: its content is not rewritten.
        Assert.Equal(5, ((PdfReference)file.Dictionary(new PdfReference(3))["Contents"]!).Number);
        Assert.Equal(new PdfFile(ChromiumPdf.Write(ChromiumPdf.Objects())).StreamData(5), file.StreamData(5));
    }

    [Fact]
    public void A_link_is_described_by_the_text_it_shows_or_else_by_its_address()
    {
        var described = new PdfFile(Finish());
        var other = new PdfFile(LeafletPdf.Finish(ChromiumPdf.Write(ChromiumPdf.Objects("https://example.org/other/")), Info, Links));

        Assert.Equal("The factsheet online", ((PdfString)described.Dictionary(new PdfReference(8))["Contents"]!).Text);
        Assert.Equal("https://example.org/other/", ((PdfString)other.Dictionary(new PdfReference(8))["Contents"]!).Text);
    }

    [Fact]
    public void The_same_print_gives_the_same_bytes_whatever_time_chromium_printed_it()
    {
        var later = ChromiumPdf.Objects();
        later[1] = later[1].Replace("20261202151400", "20270101090909", StringComparison.Ordinal);

        Assert.Equal(Finish(), Finish(ChromiumPdf.Write(later)));
        Assert.DoesNotContain("2026", Encoding.Latin1.GetString(Finish()));
    }

    [Theory]
    [InlineData("%PDF-1.7\nnot a classic table\n%%EOF\n")]
    [InlineData("%PDF-1.4\n1 0 obj\n<<>>\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<</Size 2\n/Root 7 0 R>>\nstartxref\n31\n%%EOF\n")]
    [InlineData("%PDF-1.4\nstartxref\n999999\n%%EOF\n")]
    [InlineData("%PDF-1.5\n1 0 obj\n<</Type /XRef>>\nstream\nxx\nendstream\nendobj\nstartxref\n9\n%%EOF\n")]
    public void A_pdf_not_laid_out_as_chromium_writes_it_is_refused(string pdf) =>
        Assert.ThrowsAny<Exception>(() => Finish(Encoding.Latin1.GetBytes(pdf)));

    [Fact]
    public void Pages_are_counted_with_their_size()
    {
        var letter = ChromiumPdf.Objects();
        letter[3] = letter[3].Replace("594.95996 841.91998", "612 792", StringComparison.Ordinal);

        Assert.Equal((2, true), PrintedPages.Count(new PdfFile(ChromiumPdf.Write(ChromiumPdf.Objects()))));
        Assert.Equal((2, false), PrintedPages.Count(new PdfFile(ChromiumPdf.Write(letter))));
    }
}
