using System.Collections.Concurrent;
using System.Text;
using SkiaSharp;

namespace Mcro.Charts;

/// <summary>Measures and wraps text with the chart font (<see cref="ChartFonts"/>), as a browser sets it from the same glyphs.</summary>
internal static class TextMeasure
{
    // Measuring is a pure function of the text, size and weight (one embedded font), and the same labels recur in every
    // chart of a year, every year and both forms of a chart: each is measured once per process.
    private static readonly ConcurrentDictionary<(string Text, float Size, bool Bold), float> Widths = new();
    private static readonly ConcurrentDictionary<(float Size, bool Bold), (float Ascent, float Descent)> Extents = new();

    /// <summary>The advance of the whole line, unhinted and at fractional pixels, as browsers lay out an SVG text.</summary>
    public static float Width(string text, float size, bool bold = false) =>
        Widths.GetOrAdd((text, size, bold), static key =>
        {
            using SKFont font = Font(key.Size, key.Bold);
            return font.MeasureText(key.Text);
        });

    /// <summary>
    /// How far below the item's y its baseline lies: the line box reaches from the font's ascent above the baseline
    /// to its descent below it, and <paramref name="baseline"/> says which of its edges (or its middle) is at y.
    /// </summary>
    public static float BaselineOffset(TextBaseline baseline, float size, bool bold)
    {
        (float ascent, float descent) = Extents.GetOrAdd((size, bold), static key =>
        {
            using SKFont font = Font(key.Size, key.Bold);
            SKFontMetrics metrics = font.Metrics;
            // Skia gives the ascent as a negative distance (y grows downward), the descent as a positive one.
            return (-metrics.Ascent, metrics.Descent);
        });
        return baseline switch
        {
            TextBaseline.Top => ascent,
            TextBaseline.Middle => (ascent - descent) / 2,
            _ => -descent,
        };
    }

    // SKFont is not thread-safe: each measurement takes its own (the typeface is shared, which Skia allows).
    private static SKFont Font(float size, bool bold) =>
        new(bold ? ChartFonts.Bold : ChartFonts.Regular, size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None };

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
}
