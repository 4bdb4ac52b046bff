using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Mcro.Charts;

/// <summary>
/// Writes a laid-out chart as the published SVG: the accessible name and description first, the fonts for a
/// standalone file, the background, the shapes in their order and the texts over them. Every text is escaped by the
/// XML writer, never by hand.
/// </summary>
internal static class SvgDocumentWriter
{
    private static readonly XNamespace Svg = SvgElements.Svg;

    /// <param name="fontsUrl">Where a standalone file finds the web fonts; null for an SVG inlined in a page, which uses the page's @font-face.</param>
    public static string Write(ChartSpec chart, ChartDrawing drawing, string? fontsUrl)
    {
        string titleId = chart.Id + "-title", descId = chart.Id + "-desc";
        var root = new XElement(Svg + "svg",
            new XAttribute("width", SvgNumbers.Format(drawing.Width)),
            new XAttribute("height", SvgNumbers.Format(drawing.Height)),
            new XAttribute("viewBox", $"0 0 {SvgNumbers.Format(drawing.Width)} {SvgNumbers.Format(drawing.Height)}"),
            new XAttribute("role", "img"),
            // Named by its title, described by its desc: labelling with both made screen readers read the figures twice.
            new XAttribute("aria-labelledby", titleId),
            new XAttribute("aria-describedby", descId),
            // SVG 1.1 (standalone, as the Nu checker reads it) knows only xml:lang; HTML (inline) wants lang.
            fontsUrl is null ? new XAttribute("lang", chart.Language) : new XAttribute(XNamespace.Xml + "lang", chart.Language),
            new XAttribute("font-family", ChartFonts.CssFontFamily),
            new XElement(Svg + "title", new XAttribute("id", titleId), chart.Title),
            new XElement(Svg + "desc", new XAttribute("id", descId), chart.Description));
        if (fontsUrl is not null)
        {
            // A standalone file opened directly fetches the fonts next to it; shown through <img> it cannot, and its
            // text then falls back to sans-serif at the same anchors, so nothing moves far.
            root.Add(new XElement(Svg + "style", ChartFonts.FontFaceCss(fontsUrl)));
        }

        root.Add(new XElement(Svg + "rect", new XAttribute("width", "100%"), new XAttribute("height", "100%"), new XAttribute("fill", ChartPalette.Background)));
        root.Add(drawing.Shapes.Select(SvgElements.Shape));
        root.Add(drawing.Texts.Select(SvgElements.Text));
        return Serialize(root, endLine: fontsUrl is not null);
    }

    // A file ends its last line; the element a page places is followed by whatever the page puts after it.
    private static string Serialize(XElement root, bool endLine)
    {
        var settings = new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            Encoding = new UTF8Encoding(false),
        };
        var output = new StringBuilder();
        using (var writer = XmlWriter.Create(output, settings))
            root.Save(writer);
        return (endLine ? output.Append('\n') : output).ToString();
    }
}
