using UglyToad.PdfPig;

namespace Mcro.BrowserTests.Leaflets.PdfUa;

/// <summary>
/// The machine-checkable conditions of PDF/UA-1 (ISO 14289-1; the Matterhorn Protocol's list is the reference) that a
/// leaflet must meet, since veraPDF cannot run here. Each failure names the PDF, the object and the condition, with
/// the clause of ISO 14289-1 it comes from: "2019/sr/mocr-2019-sr.pdf: object 41 (Figure): no /Alt or /ActualText (7.3)".
/// </summary>
public static class PdfUaChecker
{
    /// <param name="name">How the failures name the PDF: its path in the site.</param>
    public static IReadOnlyList<string> Problems(string name, byte[] pdf)
    {
        var failures = new List<string>();
        using var document = PdfDocument.Open(pdf);
        var objects = new PdfObjects(document);
        void Fail(string where, string condition) => failures.Add($"{name}: {where}: {condition}");
        PdfUaDocument.Check(objects, Fail);
        var tagged = PdfUaStructure.Check(objects, Fail);
        PdfUaPages.Check(objects, tagged, Fail);
        return failures;
    }
}
