namespace Mcro.Producers.Leaflet.Pdf;

/// <summary>
/// Marks as artifacts what a content stream paints outside any marked content: Chromium tags the content of the page
/// but paints the page's background (and any other decoration of no element) untagged, and PDF/UA wants every mark
/// on the page either in the structure tree or an artifact (Matterhorn 01-005). A whole graphics object is wrapped
/// (a path from its first segment to its painting operator, a text object from BT to ET, an image or shading), so
/// marked content only ever starts and ends between graphics objects.
/// </summary>
internal static class ContentArtifacts
{
    private static readonly HashSet<string> PathStarts = ["m", "re"];
    private static readonly HashSet<string> PathPaints = ["S", "s", "f", "F", "f*", "B", "B*", "b", "b*"];
    private static readonly HashSet<string> TextShows = ["Tj", "TJ", "'", "\""];
    private static readonly HashSet<string> Operands = ["true", "false", "null"];

    /// <summary>The content stream with every untagged graphics object wrapped in /Artifact BMC … EMC; the same stream when there is none.</summary>
    public static byte[] Mark(byte[] content)
    {
        var wraps = new List<(int Start, int End)>();
        var parser = new PdfParser(content, 0);
        var depth = 0;
        int? pathStart = null;
        (int Start, bool Shows, bool Marks)? text = null;
        var operandsStart = -1;
        while (!parser.AtEnd)
        {
            var start = parser.Position;
            var value = parser.Next();
            if (value is not PdfKeyword { Word: var op } || Operands.Contains(op))
            {
                if (operandsStart < 0) operandsStart = start;
                continue;
            }
            var opStart = operandsStart >= 0 ? operandsStart : start;
            operandsStart = -1;
            var end = parser.Position;
            switch (op)
            {
                case "BI": throw new FormatException("an inline image, which Chromium does not write");
                case "BDC" or "BMC":
                    depth++;
                    if (text is { } t) text = t with { Marks = true };
                    break;
                case "EMC":
                    depth--;
                    break;
                case "BT":
                    text = (opStart, false, false);
                    break;
                case "ET":
                    if (text is { Shows: true, Marks: false } shown) wraps.Add((shown.Start, end));
                    else if (text is { Shows: true, Marks: true }) throw new FormatException("a text object shows untagged text beside marked content");
                    text = null;
                    break;
                case var _ when TextShows.Contains(op):
                    if (depth == 0 && text is { } open) text = open with { Shows = true };
                    break;
                case var _ when PathStarts.Contains(op):
                    pathStart ??= opStart;
                    break;
                case var _ when PathPaints.Contains(op):
                    if (depth == 0 && pathStart is { } from) wraps.Add((from, end));
                    pathStart = null;
                    break;
                case "n":
                    pathStart = null;
                    break;
                case "Do" or "sh":
                    if (depth == 0) wraps.Add((opStart, end));
                    break;
            }
        }
        return wraps.Count == 0 ? content : Wrapped(content, wraps);
    }

    private static byte[] Wrapped(byte[] content, List<(int Start, int End)> wraps)
    {
        using var output = new MemoryStream(content.Length + (wraps.Count * 20));
        var at = 0;
        foreach (var (start, end) in wraps)
        {
            output.Write(content, at, start - at);
            output.Write("/Artifact BMC\n"u8);
            output.Write(content, start, end - start);
            output.Write("\nEMC"u8);
            at = end;
        }
        output.Write(content, at, content.Length - at);
        return output.ToArray();
    }
}
