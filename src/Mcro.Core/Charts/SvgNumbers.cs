using System.Globalization;

namespace Mcro.Charts;

/// <summary>Numbers in the SVG: rounded to hundredths of a pixel, written the same under every culture.</summary>
internal static class SvgNumbers
{
    public static string Format(double value)
    {
        string text = Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }
}
