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

    /// <summary>
    /// Walks the page with a stack of its own, never by recursion, and in time linear in the page: a site side may hold
    /// a page nested a hundred thousand elements deep, which must be read like any other, not end mcro.
    /// </summary>
    private static void Walk(IElement body, List<string> lines)
    {
        var withBlocks = WithBlocks(body);
        var pending = new Stack<IElement>(body.Children.Reverse());
        while (pending.TryPop(out var child))
        {
            var name = child.LocalName;
            if (Unseen.Contains(name) || child.HasAttribute("hidden")) continue;
            if (name == "svg")
            {
                if (ChartLine(child) is { } chart) lines.Add(chart);
            }
            else if (name == "tr")
            {
                var cells = child.Children.Where(c => c.LocalName is "td" or "th").Select(c => Normalize(Text(c)));
                lines.Add(string.Join(" | ", cells));
            }
            else if (Lines.Contains(name) && !withBlocks.Contains(child))
            {
                if (Normalize(Text(child)) is { Length: > 0 } text) lines.Add(text);
            }
            else
            {
                foreach (var grandchild in child.Children.Reverse()) pending.Push(grandchild);
            }
        }
    }

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase) { "p", "ul", "ol", "table", "svg", "div", "li", "dl" };

    /// <summary>
    /// The elements that hold lists, tables or paragraphs: a list item or caption among them is read block by block, not
    /// as one run of words. Found in one pass from the deepest element up.
    /// </summary>
    private static HashSet<IElement> WithBlocks(IElement root)
    {
        var order = Elements(root);
        var holders = new HashSet<IElement>();
        for (var i = order.Count - 1; i >= 0; i--)
        {
            var element = order[i];
            if ((Blocks.Contains(element.LocalName) || holders.Contains(element)) && element.ParentElement is { } parent) holders.Add(parent);
        }
        return holders;
    }

    /// <summary>Every element below <paramref name="root"/>, in document order (a parent before its children).</summary>
    private static List<IElement> Elements(IElement root)
    {
        var order = new List<IElement>();
        var pending = new Stack<IElement>(root.Children.Reverse());
        while (pending.TryPop(out var element))
        {
            order.Add(element);
            foreach (var child in element.Children.Reverse()) pending.Push(child);
        }
        return order;
    }

    /// <summary>An element's text, every text node below it in order, gathered without recursion.</summary>
    private static string Text(INode node)
    {
        var text = new System.Text.StringBuilder();
        var pending = new Stack<INode>([node]);
        while (pending.TryPop(out var current))
        {
            if (current is IText piece) text.Append(piece.Data);
            else foreach (var child in current.ChildNodes.Reverse()) pending.Push(child);
        }
        return text.ToString();
    }

    private static string? ChartLine(IElement svg)
    {
        var title = svg.Children.FirstOrDefault(c => c.LocalName == "title") is { } t ? Text(t) : null;
        var description = svg.Children.FirstOrDefault(c => c.LocalName == "desc") is { } d ? Text(d) : null;
        if (title is null && description is null) return null;
        return ChartMark + Normalize(title ?? "") + (description is null ? "" : " — " + Normalize(description));
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
