namespace Mcro.Charts;

/// <summary>
/// Draws a <see cref="ChartSpec"/> to an accessible, deterministic SVG: role="img" named by its title and described by
/// its description, in the edition's language, ids prefixed with the chart id, text in Noto Sans (<see cref="ChartFonts"/>).
/// </summary>
/// <remarks>
/// One form at a time, for a caller that needs only one (tests, benchmarks). A page that shows a chart and links its
/// file lays it out once with <see cref="DrawnChart.Of"/> and writes both forms from that.
/// </remarks>
public static class SvgChartRenderer
{
    /// <summary>The standalone SVG document, finding the fonts at <see cref="ChartFonts.DefaultFontsUrl"/>.</summary>
    public static string Render(ChartSpec chart) => Render(chart, ChartFonts.DefaultFontsUrl);

    /// <summary>The standalone SVG document, finding the fonts at <paramref name="fontsUrl"/> (relative to the file, ending in "/").</summary>
    public static string Render(ChartSpec chart, string fontsUrl)
    {
        ArgumentNullException.ThrowIfNull(fontsUrl);
        return DrawnChart.Of(chart).WriteFile(fontsUrl);
    }

    /// <summary>The &lt;svg&gt; element to inline in an HTML page that declares the chart font, as a text of its own (ending its line).</summary>
    public static string RenderInline(ChartSpec chart) => DrawnChart.Of(chart).WriteInline() + "\n";
}
