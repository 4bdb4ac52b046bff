using System.Globalization;

namespace Mcro.Producers.Leaflet.Pdf;

/// <summary>The pages of a printed leaflet: how many, whether each is A4, and which structure elements print on which page.</summary>
internal static class PrintedPages
{
    /// <summary>How many pages the PDF has, and whether every one is A4.</summary>
    public static (int Pages, bool AllA4) Count(PdfFile file)
    {
        var pages = file.Pages();
        var allA4 = pages.All(number => file.Dictionary(new PdfReference(number))["MediaBox"] is { } box && file.Resolve(box) is PdfArray { Items.Count: 4 } b &&
            // A4 is 595.28 × 841.89 pt; Chromium rounds to whole CSS pixels (594.96 × 841.92).
            Math.Abs(Number(b.Items[2]) - Number(b.Items[0]) - 595.28) < 1.5 && Math.Abs(Number(b.Items[3]) - Number(b.Items[1]) - 841.89) < 1.5);
        return (pages.Count, allA4);
    }

    /// <summary>
    /// Every structure element of type <paramref name="type"/> with alternative text, and the pages (from 1) its content
    /// prints on, in the order of the structure tree.
    /// </summary>
    public static IReadOnlyList<(string Alt, IReadOnlySet<int> Pages)> Elements(PdfFile file, string type)
    {
        var pageIndex = file.Pages().Select((number, i) => (number, i)).ToDictionary(p => p.number, p => p.i + 1);
        var found = new List<(string, IReadOnlySet<int>)>();
        var seen = new HashSet<int>();

        void Collect(PdfValue node, int? page, ISet<int> pages)
        {
            switch (node)
            {
                case PdfNumber when page is { } p:
                    pages.Add(p);
                    break;
                case PdfArray array:
                    foreach (var item in array.Items) Collect(item, page, pages);
                    break;
                case PdfReference reference when seen.Add(reference.Number):
                    Collect(file.Resolve(reference), page, pages);
                    break;
                case PdfDictionary element:
                    var own = element["Pg"] is PdfReference pg && pageIndex.TryGetValue(pg.Number, out var index) ? index : page;
                    if (element["Type"] is PdfName { Name: "MCR" } && own is { } mcrPage) pages.Add(mcrPage);
                    if (element["Type"] is PdfName { Name: "OBJR" }) break;
                    var inner = element["S"] is PdfName { Name: var s } && s == type && element["Alt"] is PdfString alt ? new HashSet<int>() : null;
                    if (element["K"] is { } kids) Collect(kids, own, inner ?? pages);
                    if (inner is not null)
                    {
                        found.Add((((PdfString)element["Alt"]!).Text, inner));
                        pages.UnionWith(inner);
                    }
                    break;
            }
        }

        if (file.Catalog["StructTreeRoot"] is { } root && file.Resolve(root) is PdfDictionary tree && tree["K"] is { } top) Collect(top, null, new HashSet<int>());
        return found;
    }

    private static double Number(PdfValue value) => double.Parse(((PdfNumber)value).Raw, CultureInfo.InvariantCulture);
}
