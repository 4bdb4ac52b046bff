using System.Globalization;
using System.Security;
using System.Text;

namespace Mcro.Producers.Leaflet.Pdf;

/// <summary>
/// The XMP metadata of a leaflet: the document information again (title in the edition's language, author, subject,
/// keywords, creator tool, producer, dates) and the PDF/UA-1 identification (ISO 14289-1, 5: pdfuaid:part 1).
/// </summary>
internal static class XmpPacket
{
    public static byte[] Of(DocumentInformation info, string producer)
    {
        var date = info.Date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var language = X(info.Language);
        var xml = $"""
            <?xpacket begin="{'\uFEFF'}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
            <pdfuaid:part>1</pdfuaid:part>
            <dc:format>application/pdf</dc:format>
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{X(info.Title)}</rdf:li><rdf:li xml:lang="{language}">{X(info.Title)}</rdf:li></rdf:Alt></dc:title>
            <dc:language><rdf:Bag><rdf:li>{language}</rdf:li></rdf:Bag></dc:language>
            <dc:creator><rdf:Seq><rdf:li>{X(info.Author)}</rdf:li></rdf:Seq></dc:creator>
            <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{X(info.Subject)}</rdf:li><rdf:li xml:lang="{language}">{X(info.Subject)}</rdf:li></rdf:Alt></dc:description>
            <pdf:Keywords>{X(info.Keywords)}</pdf:Keywords>
            <pdf:Producer>{X(producer)}</pdf:Producer>
            <xmp:CreatorTool>{DocumentInformation.Creator}</xmp:CreatorTool>
            <xmp:CreateDate>{date}</xmp:CreateDate>
            <xmp:ModifyDate>{date}</xmp:ModifyDate>
            <xmp:MetadataDate>{date}</xmp:MetadataDate>
            </rdf:Description>
            </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="r"?>
            """;
        return Encoding.UTF8.GetBytes(xml.ReplaceLineEndings("\n"));
    }

    private static string X(string text) => SecurityElement.Escape(text);
}
