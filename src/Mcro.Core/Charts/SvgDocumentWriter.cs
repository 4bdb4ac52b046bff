using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Mcro.Charts;

/// <summary>
/// Turns the SVG that ScottPlot (through Skia) writes into the chart's published SVG: ids prefixed with the chart id,
/// numbers rounded, redundant clipping removed, each text written as one anchored line in the chart font, and the
/// accessible name and description first. Every text is escaped by the XML writer, never by hand.
/// </summary>
internal static class SvgDocumentWriter
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <param name="fontsUrl">Where a standalone file finds the web fonts; null for an SVG inlined in a page, which uses the page's @font-face.</param>
    public static string Write(PreparedChart chart, DrawnChart drawn, string? fontsUrl)
    {
        XElement source = XElement.Parse(drawn.Svg);
        string titleId = chart.Id + "-title", descId = chart.Id + "-desc";
        var root = new XElement(Svg + "svg",
            new XAttribute("width", SvgNumbers.Format(drawn.Width)),
            new XAttribute("height", SvgNumbers.Format(drawn.Height)),
            new XAttribute("viewBox", $"0 0 {SvgNumbers.Format(drawn.Width)} {SvgNumbers.Format(drawn.Height)}"),
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

        root.Add(DrawingElements(source, drawn));
        return Serialize(root);
    }

    private static IEnumerable<XElement> DrawingElements(XElement source, DrawnChart drawn)
    {
        int textIndex = 0;
        bool backgroundWritten = false;
        foreach (XElement element in source.Descendants())
        {
            if (element.Ancestors(source.Name.Namespace + "clipPath").Any())
                continue;
            switch (element.Name.LocalName)
            {
                case "clipPath":
                    RequireWholeFigure(element, drawn);
                    break;
                case "rect" when IsBackground(element, drawn):
                    if (!backgroundWritten)
                        yield return new XElement(Svg + "rect", new XAttribute("width", "100%"), new XAttribute("height", "100%"), new XAttribute("fill", ChartPalette.Background));
                    backgroundWritten = true;
                    break;
                case "rect":
                    yield return Copy(element, "fill", "x", "y", "width", "height");
                    break;
                case "path":
                    yield return Copy(element, "fill", "stroke", "stroke-width", "stroke-opacity", "d");
                    break;
                case "text":
                    if (textIndex >= drawn.Texts.Count)
                        throw new InvalidOperationException("ScottPlot drew more texts than the chart laid out.");
                    yield return Text(drawn.Texts[textIndex++]);
                    break;
            }
        }
        if (textIndex != drawn.Texts.Count)
            throw new InvalidOperationException($"ScottPlot drew {textIndex} texts; the chart laid out {drawn.Texts.Count}.");
    }

    private static XElement Text(TextItem item)
    {
        // Skia writes each glyph's position, and drops glyphs the font lacks; we write the anchor and the baseline
        // where ScottPlot put them (ScottPlot's own metrics) and the whole text, so browsers shape the line with the
        // same font, and fall back for any letter it lacks.
        (float baseline, _) = TextMeasure.Offsets(item.Text, item.Size, item.Bold, ChartCanvas.ScottPlotAlignment(item));
        var text = item.Rotation == 0
            ? new XElement(Svg + "text", new XAttribute("x", SvgNumbers.Format(item.X)), new XAttribute("y", SvgNumbers.Format(item.Y + baseline)))
            : new XElement(Svg + "text", new XAttribute("x", "0"), new XAttribute("y", SvgNumbers.Format(baseline)),
                new XAttribute("transform", $"translate({SvgNumbers.Format(item.X)} {SvgNumbers.Format(item.Y)}) rotate({SvgNumbers.Format(item.Rotation)})"));
        text.Add(new XAttribute("font-size", SvgNumbers.Format(item.Size)));
        if (item.Bold)
            text.Add(new XAttribute("font-weight", "bold"));
        if (item.Anchor != TextAnchor.Start)
            text.Add(new XAttribute("text-anchor", item.Anchor == TextAnchor.Middle ? "middle" : "end"));
        text.Add(new XAttribute("fill", item.Color), item.Text);
        return text;
    }

    private static XElement Copy(XElement source, params string[] names)
    {
        var copy = new XElement(Svg + source.Name.LocalName);
        foreach (string name in names)
        {
            string? value = (string?)source.Attribute(name);
            if (value is not null)
                copy.Add(new XAttribute(name, name is "fill" or "stroke" ? value : SvgNumbers.RoundAll(value)));
        }
        return copy;
    }

    private static bool IsBackground(XElement rect, DrawnChart drawn) =>
        rect.Attribute("x") is null && rect.Attribute("y") is null
        && SvgNumbers.First((string?)rect.Attribute("width")) >= drawn.Width
        && SvgNumbers.First((string?)rect.Attribute("height")) >= drawn.Height;

    // The chart's data area is the whole figure, so every clip ScottPlot sets is a no-op and can go.
    private static void RequireWholeFigure(XElement clipPath, DrawnChart drawn)
    {
        if (clipPath.Elements().Any(e => e.Name.LocalName != "rect" || !IsBackground(e, drawn)))
            throw new InvalidOperationException("ScottPlot clipped part of the figure; the chart layout expects none.");
    }

    private static string Serialize(XElement root)
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
        return output.Append('\n').ToString();
    }
}
