using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Mcro.BrowserTests.Links;

/// <summary>Every address an HTML page, an SVG chart or a stylesheet points to, with the element that holds it.</summary>
public static partial class ReferenceReader
{
    private static readonly string[] AddressAttributes = ["href", "src", "xlink:href", "poster", "data"];

    public static IReadOnlyList<Reference> Read(string relativeFile, string text) =>
        Path.GetExtension(relativeFile) switch
        {
            ".html" or ".svg" => FromMarkup(relativeFile, text),
            ".css" => FromStylesheet(relativeFile, "stylesheet", text).ToList(),
            _ => [],
        };

    private static List<Reference> FromMarkup(string file, string text)
    {
        // The HTML parser reads an SVG file too: its <svg> becomes foreign content with the same attributes and <style>.
        var document = new HtmlParser().ParseDocument(text);
        var found = new List<Reference>();
        foreach (var element in document.All)
        {
            foreach (var name in AddressAttributes)
            {
                if (element.GetAttribute(name) is { Length: > 0 } address) found.Add(new(file, Describe(element, name, address), address));
            }
            if (element.GetAttribute("srcset") is { Length: > 0 } srcset)
            {
                foreach (var candidate in srcset.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    found.Add(new(file, Describe(element, "srcset", candidate), candidate.Split(' ')[0]));
            }
            if (element.GetAttribute("style") is { Length: > 0 } style) found.AddRange(FromStylesheet(file, $"<{element.LocalName} style>", style));
            if (element.LocalName == "style") found.AddRange(FromStylesheet(file, "<style>", element.TextContent));
        }
        return found;
    }

    private static IEnumerable<Reference> FromStylesheet(string file, string where, string css) =>
        CssAddress().Matches(css).Select(m => new Reference(file, $"{where} {m.Value}", m.Groups["address"].Value));

    private static string Describe(IElement element, string attribute, string address) =>
        $"<{element.LocalName} {attribute}=\"{address}\">";

    /// <summary>url(…) in any of its quotings, and @import "…".</summary>
    [GeneratedRegex("""url\(\s*(?<q>["']?)(?<address>[^"')]+)\k<q>\s*\)|@import\s+(?<q2>["'])(?<address>[^"']+)\k<q2>""")]
    private static partial Regex CssAddress();
}
