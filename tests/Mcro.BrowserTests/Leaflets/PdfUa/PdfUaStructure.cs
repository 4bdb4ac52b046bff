using UglyToad.PdfPig.Tokens;

namespace Mcro.BrowserTests.Leaflets.PdfUa;

/// <summary>What the structure tree tags: the marked content of each page (by page object and MCID), and the annotations (by object) with the type of their element.</summary>
internal sealed record Tagged(IReadOnlySet<(long Page, int Mcid)> Content, IReadOnlyDictionary<long, string> Annotations);

/// <summary>
/// The structure tree's conditions: standard types or role-mapped ones (7.1), every figure with alternative text
/// (7.3), headings from H1 without skipping a level (7.4.2), lists as L of LI of Lbl/LBody (7.6), every Link
/// element with its link annotation (7.18.5).
/// </summary>
internal static class PdfUaStructure
{
    private static readonly HashSet<string> Standard =
    [
        "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private",
        "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot",
        "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT", "RP", "Warichu", "WT", "WP",
        "Figure", "Formula", "Form",
    ];

    public static Tagged Check(PdfObjects pdf, Action<string, string> fail)
    {
        var content = new HashSet<(long, int)>();
        var annotations = new Dictionary<long, string>();
        var root = pdf.Dictionary(pdf.Get(pdf.Catalog, "StructTreeRoot"));
        if (root is null) return new Tagged(content, annotations);
        var roles = pdf.Dictionary(pdf.Get(root, "RoleMap"));
        var headings = new List<(int Level, string Where)>();
        var seen = new HashSet<long>();

        string Type(DictionaryToken element)
        {
            var type = pdf.Name(element, "S") ?? "";
            for (var i = 0; i < 8 && !Standard.Contains(type) && pdf.Get(roles, type) is NameToken mapped; i++) type = mapped.Data;
            return type;
        }

        void Walk(IToken? node, DictionaryToken? parent, string parentType, long? page)
        {
            if (node is IndirectReferenceToken r && !seen.Add(r.Data.ObjectNumber)) return;
            var where = PdfObjects.Of(node);
            switch (pdf.Resolve(node))
            {
                case NumericToken mcid when page is { } p:
                    content.Add((p, mcid.Int));
                    return;
                case NumericToken mcid:
                    fail($"the structure element {where} ({parentType})", $"marked content {mcid.Int} has no page (/Pg)");
                    return;
                case ArrayToken array:
                    foreach (var item in array.Data) Walk(item, parent, parentType, page);
                    return;
                case DictionaryToken dictionary when pdf.Name(dictionary, "Type") == "MCR":
                    var mcrPage = dictionary.Data.GetValueOrDefault("Pg") is IndirectReferenceToken pg ? pg.Data.ObjectNumber : page;
                    if (pdf.Get(dictionary, "MCID") is NumericToken id && mcrPage is { } onPage) content.Add((onPage, id.Int));
                    return;
                case DictionaryToken dictionary when pdf.Name(dictionary, "Type") == "OBJR":
                    if (dictionary.Data.GetValueOrDefault("Obj") is IndirectReferenceToken annotation) annotations[annotation.Data.ObjectNumber] = parentType;
                    return;
                case DictionaryToken element:
                    var raw = pdf.Name(element, "S") ?? "";
                    var type = Type(element);
                    var name = $"{where} ({raw})";
                    if (!Standard.Contains(type)) fail(name, $"the structure type /{raw} is neither standard nor role-mapped to a standard type (7.1)");
                    if (type == "Figure" && string.IsNullOrWhiteSpace(pdf.Text(element, "Alt")) && string.IsNullOrWhiteSpace(pdf.Text(element, "ActualText")))
                        fail(name, "a figure without alternative text (/Alt) or replacement text (/ActualText) (7.3)");
                    if (type is ['H', >= '1' and <= '6']) headings.Add((type[1] - '0', name));
                    if (type == "LI" && parentType != "L") fail(name, $"a list item (LI) inside /{parentType}, not in a list (L) (7.6)");
                    if (parentType == "L" && type is not ("LI" or "Caption" or "L")) fail(name, $"/{raw} directly inside a list (L): its children are LI (and a Caption) (7.6)");
                    if (parentType == "LI" && type is not ("Lbl" or "LBody")) fail(name, $"/{raw} directly inside a list item (LI): its children are Lbl and LBody (7.6)");
                    var elementPage = element.Data.GetValueOrDefault("Pg") is IndirectReferenceToken pageRef ? pageRef.Data.ObjectNumber : page;
                    Walk(element.Data.GetValueOrDefault("K"), element, type, elementPage);
                    if (type == "Link" && !LinksAnAnnotation(pdf, element)) fail(name, "a Link element without its link annotation (an /OBJR to a /Link annotation) (7.18.5)");
                    return;
            }
        }

        Walk(root.Data.GetValueOrDefault("K"), null, "StructTreeRoot", null);
        if (headings.Count > 0 && headings[0].Level != 1) fail(headings[0].Where, $"the first heading is H{headings[0].Level}, not H1 (7.4.2)");
        for (var i = 1; i < headings.Count; i++)
        {
            if (headings[i].Level > headings[i - 1].Level + 1)
                fail(headings[i].Where, $"H{headings[i].Level} follows H{headings[i - 1].Level}: a heading level is skipped (7.4.2)");
        }
        return new Tagged(content, annotations);
    }

    private static bool LinksAnAnnotation(PdfObjects pdf, DictionaryToken link) =>
        PdfObjects.Items(pdf.Get(link, "K")).Select(pdf.Dictionary).Any(kid =>
            pdf.Name(kid, "Type") == "OBJR" && pdf.Name(pdf.Dictionary(pdf.Get(kid, "Obj")), "Subtype") == "Link");
}
