using System.Collections.Immutable;

namespace Mcro.Charts;

/// <summary>
/// A chart laid out once and written in its two forms: <see cref="WriteFile"/>, the standalone file (charts/ID.svg, for
/// download), and <see cref="WriteInline"/>, the element the page's figure holds. Both forms are the same drawing:
/// the file adds the visible title above it and the fonts it fetches itself.
/// </summary>
/// <remarks>
/// The drawing (legend, axes, marks, labels) starts at y = 0; the file moves it down by the title's height, a whole
/// number of pixels. Text is measured and wrapped, ticks and scales chosen once, whatever the form.
/// </remarks>
public sealed record DrawnChart
{
    private DrawnChart(ChartSpec spec, ChartSpec chart, ImmutableArray<TextItem> title, float titleHeight, ChartDrawing drawing)
    {
        Spec = spec;
        Chart = chart;
        Title = title;
        TitleHeight = titleHeight;
        Drawing = drawing;
    }

    /// <summary>What was asked for, as given (the page's caption and id come from it).</summary>
    public ChartSpec Spec { get; }

    /// <summary>What was drawn: <see cref="Spec"/> checked, every text one clean line.</summary>
    internal ChartSpec Chart { get; }

    /// <summary>The title's lines, laid out from y = 0; the file shows them, the page's caption stands for them.</summary>
    internal ImmutableArray<TextItem> Title { get; }

    /// <summary>How far the title pushes the drawing down in the file; 0 without a title.</summary>
    internal float TitleHeight { get; }

    /// <summary>The chart under its title: the legend, the axes, the marks and their labels.</summary>
    internal ChartDrawing Drawing { get; }

    /// <summary>Lays <paramref name="spec"/> out; throws <see cref="ArgumentException"/> for a spec of the wrong shape (a bug in its caller).</summary>
    public static DrawnChart Of(ChartSpec spec)
    {
        ChartSpec chart = spec.Checked();
        var header = new ChartCanvas();
        float titleHeight = ChartHeader.DrawTitle(header, chart);

        var canvas = new ChartCanvas();
        float top = ChartHeader.DrawLegend(canvas, chart);
        float bottom = chart.Kind switch
        {
            ChartKind.Bars or ChartKind.StackedBars => BarChartLayout.Draw(canvas, chart, top),
            ChartKind.Line => LineChartLayout.Draw(canvas, chart, top),
            _ => ColumnChartLayout.Draw(canvas, chart, top),
        };
        return new DrawnChart(spec, chart, header.Texts, titleHeight, canvas.ToDrawing(bottom));
    }

    /// <summary>The standalone SVG document: titled, its fonts fetched from <paramref name="fontsUrl"/> (relative to the file, ending in "/").</summary>
    public string WriteFile(string fontsUrl)
    {
        ArgumentNullException.ThrowIfNull(fontsUrl);
        return SvgDocumentWriter.Write(Chart, Drawing.Under(Title, TitleHeight), fontsUrl);
    }

    /// <summary>
    /// The &lt;svg&gt; element for a page that declares the chart font (<see cref="ChartFonts.FontFaceCss"/>): no visible
    /// title (the page's caption shows it), no style, no XML declaration, nothing after its end tag.
    /// </summary>
    public string WriteInline() => SvgDocumentWriter.Write(Chart, Drawing, fontsUrl: null);
}
