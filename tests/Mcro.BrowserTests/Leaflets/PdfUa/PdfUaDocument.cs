using System.Globalization;
using System.Xml.Linq;
using UglyToad.PdfPig.Tokens;

namespace Mcro.BrowserTests.Leaflets.PdfUa;

/// <summary>
/// The document's own conditions: the XMP metadata declaring PDF/UA-1 with a title (5, 7.1) and saying what the
/// Info dictionary says; the title shown (7.1); marked, not suspect (7.1); a language (7.2).
/// </summary>
internal static class PdfUaDocument
{
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Xmp = "http://ns.adobe.com/xap/1.0/";
    private static readonly XNamespace Pdf = "http://ns.adobe.com/pdf/1.3/";
    private static readonly XNamespace PdfUaId = "http://www.aiim.org/pdfua/ns/id/";

    public static void Check(PdfObjects pdf, Action<string, string> fail)
    {
        const string catalog = "the catalogue";
        var lang = pdf.Text(pdf.Catalog, "Lang");
        if (string.IsNullOrWhiteSpace(lang)) fail(catalog, "no /Lang: the document's natural language is not set (7.2)");
        var preferences = pdf.Dictionary(pdf.Get(pdf.Catalog, "ViewerPreferences"));
        if (pdf.Get(preferences, "DisplayDocTitle") is not BooleanToken { Data: true }) fail(catalog, "/ViewerPreferences has no /DisplayDocTitle true (7.1)");
        var markInfo = pdf.Dictionary(pdf.Get(pdf.Catalog, "MarkInfo"));
        if (pdf.Get(markInfo, "Marked") is not BooleanToken { Data: true }) fail(catalog, "/MarkInfo has no /Marked true (7.1)");
        if (pdf.Get(markInfo, "Suspects") is BooleanToken { Data: true }) fail(catalog, "/MarkInfo has /Suspects true (7.1)");
        if (pdf.Get(pdf.Catalog, "StructTreeRoot") is null) fail(catalog, "no /StructTreeRoot: the document is not tagged (7.1)");

        if (pdf.Resolve(pdf.Catalog.Data.GetValueOrDefault("Metadata")) is not StreamToken stream)
        {
            fail(catalog, "no /Metadata stream (7.1)");
            return;
        }
        var where = PdfObjects.Of(pdf.Catalog.Data["Metadata"]) + " (XMP metadata)";
        XDocument xmp;
        try
        {
            xmp = XDocument.Parse(System.Text.Encoding.UTF8.GetString(pdf.Data(stream)).TrimStart('\uFEFF'));
        }
        catch (System.Xml.XmlException e)
        {
            fail(where, $"the metadata is not well-formed XML ({e.Message})");
            return;
        }
        if (Property(xmp, PdfUaId + "part") != "1") fail(where, "no pdfuaid:part 1: the file does not declare PDF/UA-1 (5)");

        var info = pdf.Document.Information;
        var titles = xmp.Descendants(Dc + "title").Descendants(Rdf + "li").ToList();
        if (titles.Count == 0 || titles.All(t => string.IsNullOrWhiteSpace(t.Value))) fail(where, "no dc:title (7.1)");
        else
        {
            if (titles.Any(t => t.Value != info.Title)) fail(where, $"dc:title says '{titles[0].Value}', the Info dictionary's /Title '{info.Title}'");
            if (lang is not null && titles.All(t => (string?)t.Attribute(XNamespace.Xml + "lang") != lang)) fail(where, $"dc:title has no entry in the document's language {lang}");
        }
        Same(fail, where, "dc:language", List(xmp, Dc + "language"), lang, "the catalogue's /Lang");
        Same(fail, where, "dc:creator", List(xmp, Dc + "creator"), info.Author, "/Author");
        Same(fail, where, "dc:description", xmp.Descendants(Dc + "description").Descendants(Rdf + "li").FirstOrDefault()?.Value, info.Subject, "/Subject");
        Same(fail, where, "pdf:Keywords", Property(xmp, Pdf + "Keywords"), info.Keywords, "/Keywords");
        Same(fail, where, "pdf:Producer", Property(xmp, Pdf + "Producer"), info.Producer, "/Producer");
        Same(fail, where, "xmp:CreatorTool", Property(xmp, Xmp + "CreatorTool"), info.Creator, "/Creator");
        SameDate(fail, where, "xmp:CreateDate", Property(xmp, Xmp + "CreateDate"), info.CreationDate, "/CreationDate");
        SameDate(fail, where, "xmp:ModifyDate", Property(xmp, Xmp + "ModifyDate"), info.ModifiedDate, "/ModDate");
    }

    /// <summary>A simple property, written as an element or as an attribute of rdf:Description.</summary>
    private static string? Property(XDocument xmp, XName name) =>
        xmp.Descendants(name).FirstOrDefault()?.Value ?? xmp.Descendants(Rdf + "Description").Attributes(name).FirstOrDefault()?.Value;

    private static string? List(XDocument xmp, XName name) =>
        xmp.Descendants(name).FirstOrDefault() is { } list ? string.Join("; ", list.Descendants(Rdf + "li").Select(li => li.Value)) : null;

    private static void Same(Action<string, string> fail, string where, string property, string? inXmp, string? inInfo, string infoName)
    {
        if (inInfo is null && inXmp is null) return;
        if (inXmp != inInfo) fail(where, $"{property} is '{inXmp ?? "(missing)"}', and {infoName} is '{inInfo ?? "(missing)"}': the metadata must agree");
    }

    private static void SameDate(Action<string, string> fail, string where, string property, string? inXmp, string? inInfo, string infoName)
    {
        var xmpDate = inXmp is not null && DateTimeOffset.TryParse(inXmp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var x) ? x : (DateTimeOffset?)null;
        if (xmpDate != PdfDate(inInfo) || (inXmp is null) != (inInfo is null))
            fail(where, $"{property} is '{inXmp ?? "(missing)"}', and {infoName} is '{inInfo ?? "(missing)"}': the metadata must agree");
    }

    /// <summary>"D:20191231235959Z" or "D:20191231235959+01'00'".</summary>
    private static DateTimeOffset? PdfDate(string? date)
    {
        if (date is null || !date.StartsWith("D:", StringComparison.Ordinal) || date.Length < 16) return null;
        if (!DateTime.TryParseExact(date.Substring(2, 14), "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)) return null;
        var zone = date[16..].Replace("'", "", StringComparison.Ordinal);
        var offset = zone is "" or "Z" or "Z00" or "Z0000" ? TimeSpan.Zero
            : TimeSpan.ParseExact(zone[1..].PadRight(4, '0'), "hhmm", CultureInfo.InvariantCulture) * (zone[0] == '-' ? -1 : 1);
        return new DateTimeOffset(local, offset);
    }
}
