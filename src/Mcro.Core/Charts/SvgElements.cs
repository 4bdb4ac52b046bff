using System.Xml.Linq;

namespace Mcro.Charts;

/// <summary>
/// The SVG element for each laid-out item, numbers rounded by <see cref="SvgNumbers"/>. Texts are given as element
/// content, so the XML writer escapes them.
/// </summary>
internal static class SvgElements
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static XElement Shape(ChartShape shape) => shape switch
    {
        BoxItem box => new XElement(Svg + "rect",
            new XAttribute("fill", box.Color),
            Position("x", box.Left), Position("y", box.Top), Number("width", box.Width), Number("height", box.Height)),
        LineItem line => new XElement(Svg + "line",
            Number("x1", line.X1), Number("y1", line.Y1), Number("x2", line.X2), Number("y2", line.Y2),
            new XAttribute("stroke", line.Color), Number("stroke-width", line.Width),
            line.Dash > 0 ? new XAttribute("stroke-dasharray", SvgNumbers.Format(line.Dash)) : null),
        DotItem dot => new XElement(Svg + "circle",
            Number("cx", dot.X), Number("cy", dot.Y), Number("r", dot.Radius), new XAttribute("fill", dot.Color)),
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "A chart shape the SVG writer does not know."),
    };

    /// <summary>
    /// One anchored line: the browser shapes the whole text with the chart font (and falls back for any letter it lacks),
    /// its baseline where <see cref="TextMeasure.BaselineOffset"/> puts it for the item's <see cref="TextBaseline"/>.
    /// </summary>
    public static XElement Text(TextItem item)
    {
        float baseline = TextMeasure.BaselineOffset(item.Baseline, item.Size, item.Bold);
        var text = item.Rotation == 0
            ? new XElement(Svg + "text", Number("x", item.X), Number("y", item.Y + baseline))
            : new XElement(Svg + "text", new XAttribute("x", "0"), Number("y", baseline),
                new XAttribute("transform", $"translate({SvgNumbers.Format(item.X)} {SvgNumbers.Format(item.Y)}) rotate({SvgNumbers.Format(item.Rotation)})"));
        text.Add(Number("font-size", item.Size));
        if (item.Bold)
            text.Add(new XAttribute("font-weight", "bold"));
        if (item.Anchor != TextAnchor.Start)
            text.Add(new XAttribute("text-anchor", item.Anchor == TextAnchor.Middle ? "middle" : "end"));
        text.Add(new XAttribute("fill", item.Color), item.Text);
        return text;
    }

    private static XAttribute Number(string name, float value) => new(name, SvgNumbers.Format(value));

    // A rectangle's x and y default to 0: a bar that starts at the left edge needs neither.
    private static XAttribute? Position(string name, float value) => SvgNumbers.Format(value) == "0" ? null : Number(name, value);
}
