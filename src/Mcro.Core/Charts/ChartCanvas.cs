using System.Text;
using ScottPlot;
using SkiaSharp;

namespace Mcro.Charts;

/// <summary>Where a text line is anchored horizontally, as SVG's text-anchor.</summary>
internal enum TextAnchor { Start, Middle, End }

/// <summary>Which edge of the text's line box sits at its Y.</summary>
internal enum TextBaseline { Top, Middle, Bottom }

/// <summary>One line of text anchored at (X, Y); <see cref="Rotation"/> (degrees) turns it about that point.</summary>
internal sealed record TextItem(
    string Text, float X, float Y, TextAnchor Anchor, TextBaseline Baseline, float Size, bool Bold, string Color, float Rotation = 0);

/// <summary>A filled rectangle: a bar, a stacked segment or a legend swatch.</summary>
internal sealed record BoxItem(float Left, float Top, float Width, float Height, string Color);

internal sealed record LineItem(float X1, float Y1, float X2, float Y2, string Color, float Width);

/// <summary>
/// A drawing laid out in SVG user units (y grows downward), which ScottPlot then draws.
/// ScottPlot's own layout places axes around a data area and cannot wrap long labels above bars, keep a legend and
/// captions aligned with them, or size the figure to its content; so the chart is laid out here, in pixels, and
/// ScottPlot's data area is made to cover the whole figure with one data unit per pixel.
/// </summary>
internal sealed class ChartCanvas
{
    // Shapes keep their order (grid lines under bars, the baseline over them); texts come last, over every shape.
    private readonly List<object> _shapes = [];
    private readonly List<TextItem> _texts = [];

    public float Width { get; } = ChartTheme.Width;

    public IReadOnlyList<TextItem> Texts => _texts;

    public void Add(BoxItem box)
    {
        if (box.Width > 0 && box.Height > 0)
            _shapes.Add(box);
    }

    public void Add(LineItem line) => _shapes.Add(line);

    /// <summary>Adds a line of text; an empty one draws nothing (ScottPlot skips it too).</summary>
    public void Add(TextItem text)
    {
        if (text.Text.Length > 0)
            _texts.Add(text);
    }

    /// <summary>Draws everything with ScottPlot; the SVG holds the texts in the order of <see cref="Texts"/>.</summary>
    public string DrawSvg(float height)
    {
        ChartFonts.EnsureRegistered();
        using var plot = new Plot();
        plot.Layout.Fixed(new PixelPadding(0));
        foreach (IAxis axis in plot.Axes.GetAxes())
        {
            axis.IsVisible = false;
            // Hidden axes still generate (and measure) ticks on every render: give them none to make.
            axis.TickGenerator = new ScottPlot.TickGenerators.NumericManual();
        }
        plot.HideGrid();
        plot.FigureBackground.Color = Color.FromHex(ChartPalette.Background);
        plot.DataBackground.Color = Color.FromHex(ChartPalette.Background);
        plot.Axes.SetLimits(0, Width, height, 0);

        foreach (object shape in _shapes)
        {
            if (shape is BoxItem box)
                AddBox(plot, box);
            else if (shape is LineItem line)
                AddLine(plot, line);
        }

        foreach (TextItem item in _texts)
            AddText(plot, item);

        return SvgXml(plot, (int)Math.Ceiling(Width), (int)Math.Ceiling(height));
    }

    /// <summary>
    /// What Plot.GetSvgXml writes, without the raster rendering it does first: that bitmap (allocated, cleared and
    /// drawn for every chart) was half the cost of a chart and changes nothing in the SVG, whose layout is fixed here.
    /// </summary>
    private static string SvgXml(Plot plot, int width, int height)
    {
        // GetSvgXml's first pass settles the plot (its second render is the one written); a canvas that draws nothing
        // settles it the same way without a bitmap.
        using (var settle = new SKNoDrawCanvas(width, height))
            plot.Render(settle, width, height);
        using var stream = new MemoryStream();
        using (SKCanvas canvas = SKSvgCanvas.Create(new SKRect(0, 0, width, height), stream))
        {
            plot.RenderManager.ClearCanvasBeforeEachRender = false;
            plot.Render(canvas, width, height);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void AddBox(Plot plot, BoxItem box)
    {
        var bar = new Bar
        {
            Position = box.Left + (box.Width / 2),
            Size = box.Width,
            ValueBase = box.Top + box.Height,
            Value = box.Top,
            FillColor = Color.FromHex(box.Color),
            LineWidth = 0,
            Orientation = Orientation.Vertical,
        };
        plot.Add.Bar(bar);
    }

    private static void AddLine(Plot plot, LineItem line)
    {
        var plottable = plot.Add.Line(line.X1, line.Y1, line.X2, line.Y2);
        plottable.LineColor = Color.FromHex(line.Color);
        plottable.LineWidth = line.Width;
        plottable.MarkerSize = 0;
    }

    private static void AddText(Plot plot, TextItem item)
    {
        var text = plot.Add.Text(item.Text, item.X, item.Y);
        text.LabelStyle.FontName = ChartFonts.ScottPlotName;
        text.LabelStyle.FontSize = item.Size;
        text.LabelStyle.Bold = item.Bold;
        text.LabelStyle.ForeColor = Color.FromHex(item.Color);
        text.LabelStyle.Rotation = item.Rotation;
        text.LabelStyle.Alignment = ScottPlotAlignment(item);
    }

    internal static Alignment ScottPlotAlignment(TextItem item) =>
        (item.Baseline, item.Anchor) switch
        {
            (TextBaseline.Top, TextAnchor.Start) => Alignment.UpperLeft,
            (TextBaseline.Top, TextAnchor.Middle) => Alignment.UpperCenter,
            (TextBaseline.Top, TextAnchor.End) => Alignment.UpperRight,
            (TextBaseline.Middle, TextAnchor.Start) => Alignment.MiddleLeft,
            (TextBaseline.Middle, TextAnchor.Middle) => Alignment.MiddleCenter,
            (TextBaseline.Middle, TextAnchor.End) => Alignment.MiddleRight,
            (TextBaseline.Bottom, TextAnchor.Start) => Alignment.LowerLeft,
            (TextBaseline.Bottom, TextAnchor.Middle) => Alignment.LowerCenter,
            _ => Alignment.LowerRight,
        };
}
