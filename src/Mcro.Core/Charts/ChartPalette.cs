namespace Mcro.Charts;

/// <summary>
/// Colours by series position, from the Okabe–Ito set that stays distinct with every common colour-vision deficiency:
/// the first series is always blue, the second vermilion, the third grey (the "excluded" of the task charts).
/// Every fill keeps at least 3:1 against the white background (WCAG 1.4.11) and carries a text colour of at least 4.5:1.
/// </summary>
internal static class ChartPalette
{
    public const string Background = "#FFFFFF";
    public const string Ink = "#1A1A1A";
    public const string SecondaryInk = "#595959";
    public const string GridLine = "#E3E3E3";
    public const string Baseline = "#8C8C8C";

    public static readonly IReadOnlyList<string> SeriesFills = ["#0072B2", "#D55E00", "#8C8C8C", "#009E73", "#A6518A"];

    public static string Fill(int series) => SeriesFills[series % SeriesFills.Count];

    /// <summary>White or black, whichever reads better on <paramref name="fill"/>.</summary>
    public static string TextOn(string fill) =>
        ContrastRatio(fill, "#FFFFFF") >= ContrastRatio(fill, "#000000") ? "#FFFFFF" : "#000000";

    /// <summary>WCAG 2 contrast ratio of two "#RRGGBB" colours.</summary>
    public static double ContrastRatio(string a, string b)
    {
        double la = RelativeLuminance(a), lb = RelativeLuminance(b);
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double RelativeLuminance(string hex)
    {
        static double Channel(string hex, int at)
        {
            double c = Convert.ToInt32(hex.Substring(at, 2), 16) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(hex, 1)) + (0.7152 * Channel(hex, 3)) + (0.0722 * Channel(hex, 5));
    }
}
