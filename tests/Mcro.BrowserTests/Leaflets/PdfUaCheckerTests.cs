using System.Globalization;
using System.Text;
using Mcro.BrowserTests.Leaflets.PdfUa;

namespace Mcro.BrowserTests.Leaflets;

/// <summary>
/// The PDF/UA checker on small hand-made PDFs: a conforming one passes, and each condition broken on its own is a
/// failure naming the PDF, the object and the condition. No browser needed.
/// </summary>
public sealed class PdfUaCheckerTests
{
    private const string Xmp = """
        <?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
        <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
        <pdfuaid:part>1</pdfuaid:part>
        <dc:title><rdf:Alt><rdf:li xml:lang="x-default">Offices in 2019</rdf:li><rdf:li xml:lang="en">Offices in 2019</rdf:li></rdf:Alt></dc:title>
        <dc:language><rdf:Bag><rdf:li>en</rdf:li></rdf:Bag></dc:language>
        <dc:creator><rdf:Seq><rdf:li>The Mission</rdf:li></rdf:Seq></dc:creator>
        <xmp:CreatorTool>mcro</xmp:CreatorTool>
        <pdf:Producer>Hand</pdf:Producer>
        <xmp:CreateDate>2019-12-31T23:59:59Z</xmp:CreateDate>
        <xmp:ModifyDate>2019-12-31T23:59:59Z</xmp:ModifyDate>
        </rdf:Description></rdf:RDF></x:xmpmeta>
        <?xpacket end="r"?>
        """;

    private const string Content = "/Artifact BMC 0 0 200 200 re f EMC\n/H1 <</MCID 0>> BDC 10 10 50 50 re f EMC\n/Figure <</MCID 1>> BDC 60 60 20 20 re f EMC\n/Link <</MCID 2>> BDC 100 100 10 10 re f EMC\n";

    /// <summary>A one-page PDF/UA file: a heading, a figure with alternative text, a described link, XMP agreeing with the Info dictionary; texts in hex as Chromium writes some.</summary>
    private static SortedDictionary<int, string> Conforming() => new()
    {
        [1] = "<</Type /Catalog /Pages 2 0 R /StructTreeRoot 5 0 R /MarkInfo <</Marked true>> /Lang <656E> /ViewerPreferences <</DisplayDocTitle true>> /Metadata 9 0 R>>",
        [2] = "<</Type /Pages /Kids [3 0 R] /Count 1>>",
        [3] = "<</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources <<>> /Tabs /S /StructParents 0 /Annots [10 0 R]>>",
        [4] = Stream(Content),
        [5] = "<</Type /StructTreeRoot /K 6 0 R /ParentTree 11 0 R>>",
        [6] = "<</Type /StructElem /S /Document /P 5 0 R /K [7 0 R 8 0 R 12 0 R]>>",
        [7] = "<</Type /StructElem /S /H1 /P 6 0 R /Pg 3 0 R /K 0>>",
        [8] = "<</Type /StructElem /S /Figure /P 6 0 R /Pg 3 0 R /K 1 /Alt <FEFF004F0066006600690063006500730020003300330020006F00660020003300350020>>>",
        [9] = Stream(Xmp, "/Type /Metadata /Subtype /XML "),
        [10] = "<</Type /Annot /Subtype /Link /Rect [100 100 110 110] /A <</S /URI /URI (https://example.org/)>> /Contents (The factsheets online) /StructParent 1>>",
        [11] = "<</Nums [0 [7 0 R 8 0 R 12 0 R] 1 12 0 R]>>",
        [12] = "<</Type /StructElem /S /Link /P 6 0 R /Pg 3 0 R /K [2 <</Type /OBJR /Obj 10 0 R>>]>>",
        [13] = "<</Title (Offices in 2019) /Author (The Mission) /Creator (mcro) /Producer (Hand) /CreationDate (D:20191231235959Z) /ModDate (D:20191231235959Z)>>",
    };

    [Fact]
    public void A_conforming_file_passes()
    {
        Assert.Empty(PdfUaChecker.Problems("hand.pdf", Write(Conforming())));
    }

    [Theory]
    [InlineData(9, "<pdfuaid:part>1</pdfuaid:part>", "", "hand.pdf: object 9 (XMP metadata): no pdfuaid:part 1: the file does not declare PDF/UA-1 (5)")]
    [InlineData(9, "xml:lang=\"en\">Offices in 2019", "xml:lang=\"en\">Offices 2019", "hand.pdf: object 9 (XMP metadata): dc:title says")]
    [InlineData(9, "<rdf:li>en</rdf:li>", "<rdf:li>de</rdf:li>", "hand.pdf: object 9 (XMP metadata): dc:language is 'de', and the catalogue's /Lang is 'en'")]
    [InlineData(9, "2019-12-31T23:59:59Z</xmp:CreateDate>", "2026-12-05T10:00:00Z</xmp:CreateDate>", "hand.pdf: object 9 (XMP metadata): xmp:CreateDate is '2026-12-05T10:00:00Z', and /CreationDate")]
    [InlineData(1, " /Metadata 9 0 R", "", "hand.pdf: the catalogue: no /Metadata stream (7.1)")]
    [InlineData(1, "/DisplayDocTitle true", "/DisplayDocTitle false", "hand.pdf: the catalogue: /ViewerPreferences has no /DisplayDocTitle true (7.1)")]
    [InlineData(1, "/Marked true", "/Marked false", "hand.pdf: the catalogue: /MarkInfo has no /Marked true (7.1)")]
    [InlineData(1, " /Lang <656E>", "", "hand.pdf: the catalogue: no /Lang")]
    [InlineData(3, " /Tabs /S", "", "hand.pdf: page 1 (object 3): no /Tabs /S")]
    [InlineData(8, " /Alt <FEFF004F0066006600690063006500730020003300330020006F00660020003300350020>", "", "hand.pdf: object 8 (Figure): a figure without alternative text")]
    [InlineData(7, "/S /H1", "/S /H2", "hand.pdf: object 7 (H2): the first heading is H2, not H1 (7.4.2)")]
    [InlineData(6, "/K [7 0 R 8 0 R 12 0 R]", "/K [7 0 R 14 0 R 8 0 R 12 0 R]", "hand.pdf: object 14 (H3): H3 follows H1: a heading level is skipped (7.4.2)")]
    [InlineData(6, "/K [7 0 R 8 0 R 12 0 R]", "/K [7 0 R 15 0 R 8 0 R 12 0 R]", "hand.pdf: object 15 (LI): a list item (LI) inside /Document, not in a list (L) (7.6)")]
    [InlineData(6, "/K [7 0 R 8 0 R 12 0 R]", "/K [7 0 R 16 0 R 8 0 R 12 0 R]", "hand.pdf: object 16 (Chart): the structure type /Chart is neither standard nor role-mapped")]
    [InlineData(10, " /Contents (The factsheets online)", "", "hand.pdf: page 1 (object 3), object 10 (Link annotation): a link without an alternate description (/Contents) (7.18.5)")]
    [InlineData(12, "/K [2 <</Type /OBJR /Obj 10 0 R>>]", "/K 2", "hand.pdf: object 12 (Link): a Link element without its link annotation")]
    [InlineData(4, "/Artifact BMC 0 0 200 200 re f EMC", "0 0 200 200 re f", "hand.pdf: page 1 (object 3): 1 mark(s) painted (f) neither tagged nor an artifact (7.1)")]
    [InlineData(4, "/Figure <</MCID 1>> BDC 60 60 20 20 re f EMC", "/Artifact BMC /Figure <</MCID 1>> BDC 60 60 20 20 re f EMC EMC", "hand.pdf: page 1 (object 3): tagged content 1 inside an artifact (7.1)")]
    [InlineData(4, "/Link <</MCID 2>>", "/Link <</MCID 3>>", "hand.pdf: page 1 (object 3): marked content 3 is in no structure element")]
    [InlineData(3, "/Resources <<>>", "/Resources <</Font <</F1 17 0 R>>>>", "hand.pdf: page 1 (object 3), font /F1 object 17 (Helvetica): no ToUnicode map")]
    [InlineData(3, "/Resources <<>>", "/Resources <</Font <</F1 17 0 R>>>>", "hand.pdf: page 1 (object 3), font /F1 object 17 (Helvetica): the font program is not embedded (7.21.4.1)")]
    public void Each_broken_condition_is_a_failure_naming_the_file_the_object_and_the_condition(int number, string from, string to, string failure)
    {
        var objects = Conforming();
        objects[14] = "<</Type /StructElem /S /H3 /P 6 0 R /K []>>";
        objects[15] = "<</Type /StructElem /S /LI /P 6 0 R /K []>>";
        objects[16] = "<</Type /StructElem /S /Chart /P 6 0 R /K []>>";
        objects[17] = "<</Type /Font /Subtype /Type1 /BaseFont /Helvetica>>";
        Assert.Empty(PdfUaChecker.Problems("hand.pdf", Write(objects)));
        Assert.Contains(from, objects[number], StringComparison.Ordinal);
        objects[number] = objects[number].Replace(from, to, StringComparison.Ordinal);
        if (number is 4 or 9) objects[number] = Restream(objects[number]);

        var problems = PdfUaChecker.Problems("hand.pdf", Write(objects));

        Assert.Contains(problems, problem => problem.StartsWith(failure, StringComparison.Ordinal));
    }

    private static string Stream(string data, string extra = "") => $"<<{extra}/Length {Encoding.UTF8.GetByteCount(data)}>>\nstream\n{data}\nendstream";

    /// <summary>A stream whose data was edited, with its /Length again.</summary>
    private static string Restream(string stream)
    {
        var data = stream[(stream.IndexOf("stream\n", StringComparison.Ordinal) + 7)..stream.LastIndexOf("\nendstream", StringComparison.Ordinal)];
        var extra = stream.Contains("/Metadata", StringComparison.Ordinal) ? "/Type /Metadata /Subtype /XML " : "";
        return Stream(data, extra);
    }

    private static byte[] Write(SortedDictionary<int, string> objects)
    {
        var pdf = new StringBuilder("%PDF-1.7\n");
        var offsets = new SortedDictionary<int, int>();
        foreach (var (number, body) in objects)
        {
            offsets[number] = Encoding.UTF8.GetByteCount(pdf.ToString());
            pdf.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n");
        }
        var xref = Encoding.UTF8.GetByteCount(pdf.ToString());
        var size = objects.Keys.Max() + 1;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {size}\n0000000000 65535 f \n");
        for (var i = 1; i < size; i++) pdf.Append(offsets.TryGetValue(i, out var at) ? $"{at:D10} 00000 n \n" : "0000000000 65535 f \n");
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {size} /Root 1 0 R /Info 13 0 R>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.UTF8.GetBytes(pdf.ToString());
    }
}
