using System.Globalization;
using System.Xml.Linq;

namespace Mcro.Tests.Charts;

/// <summary>The drawn parts of a chart's SVG read back as numbers, for tests that check what a reader sees.</summary>
internal static class SvgReading
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public sealed record Box(string Fill, double X, double Y, double Width, double Height);

    public sealed record Label(string Text, double X, double Y);

    /// <summary>Every rectangle but the background, in document order.</summary>
    public static Box[] Boxes(string svg) =>
        [.. XElement.Parse(svg).Elements(Svg + "rect").Where(r => (string?)r.Attribute("width") != "100%")
            .Select(r => new Box((string)r.Attribute("fill")!, Number(r, "x"), Number(r, "y"), Number(r, "width"), Number(r, "height")))];

    public static Label[] Labels(string svg) =>
        [.. XElement.Parse(svg).Elements(Svg + "text").Select(t => new Label(t.Value, Number(t, "x"), Number(t, "y")))];

    // A missing x or y is SVG's default, 0.
    private static double Number(XElement element, string name) =>
        (string?)element.Attribute(name) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : 0;
}
