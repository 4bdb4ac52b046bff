using System.Globalization;
using System.Text.RegularExpressions;

namespace Mcro.Charts;

/// <summary>Numbers in the SVG: rounded to hundredths of a pixel, written the same under every culture.</summary>
internal static partial class SvgNumbers
{
    public static string Format(double value)
    {
        string text = Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    public static double Parse(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Rounds every number inside an attribute such as a path's d or a transform.</summary>
    public static string RoundAll(string text) => Number().Replace(text, m => Format(Parse(m.Value)));

    /// <summary>The first number of a list such as Skia's per-glyph "x" ("12.5, 20.1, ").</summary>
    public static double First(string? list) =>
        list is null ? 0 : Number().Match(list) is { Success: true } m ? Parse(m.Value) : 0;

    [GeneratedRegex(@"-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
