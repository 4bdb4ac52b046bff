using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Mcro.Review;

/// <summary>
/// The text of a page as a reader sees it, one line per heading, paragraph, list item, caption, chart (its title and
/// description) and table row, in document order, without markup: what the snapshots hold and the diff compares.
/// </summary>
public static class ReaderText
{
    /// <summary>A chart's line starts with it, so a report can tell a chart's figures from the prose around it.</summary>
    public const string ChartMark = "chart: ";

    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> Lines = new(StringComparer.OrdinalIgnoreCase)
    {
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "dt", "dd", "figcaption", "caption", "summary", "blockquote", "title", "label", "button",
    };

    private static readonly HashSet<string> Unseen = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "template", "noscript", "head" };

    public static IReadOnlyList<string> Of(string html)
    {
        var document = Parser.ParseDocument(html);
        var lines = new List<string>();
        if (document.Title is { Length: > 0 } title) lines.Add(Normalize(title));
        if (document.Body is { } body) Walk(body, lines);
        return lines;
    }

    /// <summary>An SVG chart on its own, as a page shows it: its title and its description.</summary>
    public static string? OfChart(string svg)
    {
        var document = Parser.ParseDocument("<body>" + svg + "</body>");
        return document.QuerySelector("svg") is { } element ? ChartLine(element) : null;
    }

    private static void Walk(IElement element, List<string> lines)
    {
        foreach (var child in element.Children)
        {
            var name = child.LocalName;
            if (Unseen.Contains(name) || child.HasAttribute("hidden")) continue;
            if (name == "svg")
            {
                if (ChartLine(child) is { } chart) lines.Add(chart);
            }
            else if (name == "tr")
            {
                var cells = child.Children.Where(c => c.LocalName is "td" or "th").Select(c => Normalize(c.TextContent));
                lines.Add(string.Join(" | ", cells));
            }
            else if (Lines.Contains(name) && !HasBlocks(child))
            {
                if (Normalize(child.TextContent) is { Length: > 0 } text) lines.Add(text);
            }
            else
            {
                Walk(child, lines);
            }
        }
    }

    /// <summary>A list item or caption that holds lists, tables or paragraphs is read block by block, not as one run of words.</summary>
    private static bool HasBlocks(IElement element) =>
        element.Descendants<IElement>().Any(d => d.LocalName is "p" or "ul" or "ol" or "table" or "svg" or "div" or "li" or "dl");

    private static string? ChartLine(IElement svg)
    {
        var title = svg.Children.FirstOrDefault(c => c.LocalName == "title")?.TextContent;
        var description = svg.Children.FirstOrDefault(c => c.LocalName == "desc")?.TextContent;
        if (title is null && description is null) return null;
        return ChartMark + Normalize(title ?? "") + (description is null ? "" : " — " + Normalize(description));
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
