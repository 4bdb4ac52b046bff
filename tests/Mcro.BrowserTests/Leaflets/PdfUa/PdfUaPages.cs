using UglyToad.PdfPig.Graphics.Operations.MarkedContent;
using UglyToad.PdfPig.Tokens;

namespace Mcro.BrowserTests.Leaflets.PdfUa;

/// <summary>
/// Each page's conditions: /Tabs /S (7.18.3); every mark it paints either tagged real content or an artifact, never
/// one inside the other (7.1); its marked content all in the structure tree and the tree's all on it (7.1); each
/// annotation tagged, a link in a Link element with an alternate description in /Contents (7.18.1, 7.18.5); each font
/// embedded (7.21.4.1) with a ToUnicode map (7.21.7).
/// </summary>
internal static class PdfUaPages
{
    private static readonly HashSet<string> Painting = ["S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "Tj", "TJ", "'", "\"", "Do", "sh", "BI", "EI"];

    public static void Check(PdfObjects pdf, Tagged tagged, Action<string, string> fail)
    {
        var pages = pdf.Pages();
        var onPages = new HashSet<(long, int)>();
        for (var i = 0; i < pages.Count; i++)
        {
            var number = pages[i].ObjectNumber;
            var where = $"page {i + 1} (object {number})";
            var page = pdf.Document.GetPage(i + 1);
            if (pdf.Name(page.Dictionary, "Tabs") != "S") fail(where, "no /Tabs /S: the tab order is not the structure order (7.18.3)");
            Annotations(pdf, tagged, page.Dictionary, where, fail);
            Fonts(pdf, page.Dictionary, where, fail);
            foreach (var mcid in Content(page.Operations, where, fail)) onPages.Add((number, mcid));
        }
        foreach (var (page, mcid) in onPages.Except(tagged.Content))
            fail($"page {pages.ToList().FindIndex(p => p.ObjectNumber == page) + 1} (object {page})", $"marked content {mcid} is in no structure element: untagged content (7.1)");
        foreach (var (page, mcid) in tagged.Content.Except(onPages))
            fail($"the structure tree", $"it tags marked content {mcid} of object {page}, which that page does not have (7.1)");
    }

    /// <returns>The MCIDs of the page's tagged content.</returns>
    private static List<int> Content(IReadOnlyList<UglyToad.PdfPig.Graphics.Operations.IGraphicsStateOperation> operations, string where, Action<string, string> fail)
    {
        var mcids = new List<int>();
        var open = new Stack<(bool Artifact, bool Tagged)>();
        var untagged = new SortedSet<string>(StringComparer.Ordinal);
        var count = 0;
        foreach (var operation in operations)
        {
            switch (operation)
            {
                case BeginMarkedContent begin:
                    open.Push((begin.Name.Data == "Artifact", false));
                    break;
                case BeginMarkedContentWithProperties begin:
                    var artifact = begin.Name.Data == "Artifact";
                    var mcid = begin.Properties is { } properties && properties.Data.GetValueOrDefault("MCID") is NumericToken id ? id.Int : (int?)null;
                    if (artifact && open.Any(o => o.Tagged)) fail(where, "an artifact inside tagged content (7.1)");
                    if (mcid is { } m)
                    {
                        if (open.Any(o => o.Artifact)) fail(where, $"tagged content {m} inside an artifact (7.1)");
                        mcids.Add(m);
                    }
                    open.Push((artifact, mcid is not null));
                    break;
                case EndMarkedContent:
                    if (open.Count > 0) open.Pop();
                    break;
                default:
                    if (Painting.Contains(operation.Operator) && !open.Any(o => o.Artifact || o.Tagged))
                    {
                        untagged.Add(operation.Operator);
                        count++;
                    }
                    break;
            }
        }
        if (count > 0) fail(where, $"{count} mark(s) painted ({string.Join(", ", untagged)}) neither tagged nor an artifact (7.1)");
        return mcids;
    }

    private static void Annotations(PdfObjects pdf, Tagged tagged, DictionaryToken page, string where, Action<string, string> fail)
    {
        foreach (var reference in PdfObjects.Items(pdf.Get(page, "Annots")))
        {
            var annotation = pdf.Dictionary(reference);
            var subtype = pdf.Name(annotation, "Subtype");
            if (subtype is "Popup" or "PrinterMark" or null) continue;
            var name = $"{where}, {PdfObjects.Of(reference)} ({subtype} annotation)";
            var number = reference is IndirectReferenceToken r ? r.Data.ObjectNumber : -1;
            if (!tagged.Annotations.TryGetValue(number, out var element)) fail(name, "the annotation is in no structure element (7.18.1)");
            else if (subtype == "Link" && element != "Link") fail(name, $"a link annotation inside /{element}, not a Link element (7.18.5)");
            if (subtype == "Link" && string.IsNullOrWhiteSpace(pdf.Text(annotation, "Contents"))) fail(name, "a link without an alternate description (/Contents) (7.18.5)");
            if (pdf.Get(annotation, "StructParent") is null) fail(name, "no /StructParent: the annotation cannot be found from the structure tree (7.18.1)");
        }
    }

    private static void Fonts(PdfObjects pdf, DictionaryToken page, string where, Action<string, string> fail)
    {
        var fonts = pdf.Dictionary(pdf.Get(pdf.Dictionary(pdf.Get(page, "Resources")), "Font"));
        if (fonts is null) return;
        foreach (var (key, reference) in fonts.Data)
        {
            var font = pdf.Dictionary(reference);
            var subtype = pdf.Name(font, "Subtype");
            var name = $"{where}, font /{key} {PdfObjects.Of(reference)} ({pdf.Name(font, "BaseFont")})";
            if (pdf.Get(font, "ToUnicode") is null) fail(name, "no ToUnicode map: its text cannot be read as Unicode (7.21.7)");
            if (subtype == "Type3") continue;
            var described = subtype == "Type0" ? pdf.Dictionary(PdfObjects.Items(pdf.Get(font, "DescendantFonts")).FirstOrDefault()) : font;
            var descriptor = pdf.Dictionary(pdf.Get(described, "FontDescriptor"));
            if (new[] { "FontFile", "FontFile2", "FontFile3" }.All(k => pdf.Get(descriptor, k) is null)) fail(name, "the font program is not embedded (7.21.4.1)");
        }
    }
}
