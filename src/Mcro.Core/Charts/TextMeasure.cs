using System.Collections.Concurrent;
using System.Text;
using ScottPlot;

namespace Mcro.Charts;

/// <summary>Measures and wraps text with the chart font, as ScottPlot will draw it.</summary>
internal static class TextMeasure
{
    // Measuring is a pure function of the text, size and weight (one embedded font), and the same labels recur in every
    // chart of a year, every year and both forms of a chart: each is measured once per process.
    private static readonly ConcurrentDictionary<(string Text, float Size, bool Bold), float> Widths = new();
    private static readonly ConcurrentDictionary<(string Text, float Size, bool Bold, Alignment Alignment), (float Baseline, float Left)> Placements = new();

    public static float Width(string text, float size, bool bold = false) =>
        Widths.GetOrAdd((text, size, bold), static key => MeasureWidth(key.Text, key.Size, key.Bold));

    /// <summary>
    /// Where ScottPlot puts a text line relative to its anchor point, from the font's metrics (as LabelStyle.Render does):
    /// the baseline's offset and the left edge's offset.
    /// </summary>
    public static (float Baseline, float Left) Offsets(string text, float size, bool bold, Alignment alignment) =>
        Placements.GetOrAdd((text, size, bold, alignment), static key => MeasureOffsets(key.Text, key.Size, key.Bold, key.Alignment));

    private static float MeasureWidth(string text, float size, bool bold)
    {
        ChartFonts.EnsureRegistered();
        var style = new LabelStyle { FontName = ChartFonts.ScottPlotName, FontSize = size, Bold = bold };
        using Paint paint = Paint.NewDisposablePaint();
        return style.Measure(text, paint).Width;
    }

    private static (float Baseline, float Left) MeasureOffsets(string text, float size, bool bold, Alignment alignment)
    {
        ChartFonts.EnsureRegistered();
        var style = new LabelStyle { FontName = ChartFonts.ScottPlotName, FontSize = size, Bold = bold, Alignment = alignment };
        using Paint paint = Paint.NewDisposablePaint();
        MeasuredText measured = style.Measure(text, paint);
        PixelRect rect = measured.Rect(alignment);
        return (rect.Bottom - measured.Bottom, rect.Left);
    }

    /// <summary>Breaks <paramref name="text"/> at spaces into lines no wider than <paramref name="maxWidth"/>; a single
    /// word that is wider stays whole on its own line.</summary>
    public static IReadOnlyList<string> Wrap(string text, float size, float maxWidth, bool bold = false)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Width(candidate, size, bold) > maxWidth)
            {
                lines.Add(line.ToString());
                line.Clear().Append(word);
            }
            else
            {
                line.Clear().Append(candidate);
            }
        }
        if (line.Length > 0)
            lines.Add(line.ToString());
        return lines;
    }

    /// <summary>One line of plain text: runs of white space become one space, characters XML cannot hold become U+FFFD.</summary>
    public static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        bool pendingSpace = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c != '\u00a0' && char.IsWhiteSpace(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c) || char.IsControl(c) || c is '\uFFFE' or '\uFFFF')
            {
                result.Append('\uFFFD');
            }
            else
            {
                result.Append(c);
            }
        }
        return result.ToString();
    }
}
