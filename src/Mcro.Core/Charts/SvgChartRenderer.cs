namespace Mcro.Charts;

/// <summary>
/// Draws a <see cref="ChartSpec"/> to an accessible, deterministic SVG: role="img" named by its title and described by
/// its description, in the edition's language, ids prefixed with the chart id, text in Noto Sans (<see cref="ChartFonts"/>).
/// </summary>
/// <remarks>
/// Two forms of the same drawing. <see cref="Render(ChartSpec)"/> writes the standalone file (charts/ID.svg, for
/// download): it shows the title, and an embedded @font-face loads the site's WOFF2 from <see cref="ChartFonts.DefaultFontsUrl"/>.
/// <see cref="RenderInline"/> writes the element to place inside the page's figure: no visible title (the page's caption
/// shows it), no style (the page's @font-face from <see cref="ChartFonts.FontFaceCss"/> applies), no XML declaration.
/// </remarks>
public static class SvgChartRenderer
{
    /// <summary>The standalone SVG document, finding the fonts at <see cref="ChartFonts.DefaultFontsUrl"/>.</summary>
    public static string Render(ChartSpec chart) => Render(chart, ChartFonts.DefaultFontsUrl);

    /// <summary>The standalone SVG document, finding the fonts at <paramref name="fontsUrl"/> (relative to the file, ending in "/").</summary>
    public static string Render(ChartSpec chart, string fontsUrl)
    {
        ArgumentNullException.ThrowIfNull(fontsUrl);
        return Write(chart, showTitle: true, fontsUrl);
    }

    /// <summary>The &lt;svg&gt; element to inline in an HTML page that declares the chart font.</summary>
    public static string RenderInline(ChartSpec chart) => Write(chart, showTitle: false, fontsUrl: null);

    private static string Write(ChartSpec spec, bool showTitle, string? fontsUrl)
    {
        PreparedChart chart = PreparedChart.From(spec);
        var canvas = new ChartCanvas();
        float top = ChartHeader.Draw(canvas, chart, showTitle);
        float bottom = chart.Kind switch
        {
            ChartKind.Bars or ChartKind.StackedBars => BarChartLayout.Draw(canvas, chart, top),
            ChartKind.Line => LineChartLayout.Draw(canvas, chart, top),
            _ => ColumnChartLayout.Draw(canvas, chart, top),
        };
        float height = MathF.Ceiling(bottom + 4);
        return SvgDocumentWriter.Write(chart, canvas.ToDrawing(height), fontsUrl);
    }
}
