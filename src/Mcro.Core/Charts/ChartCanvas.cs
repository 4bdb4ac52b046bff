using System.Collections.Immutable;

namespace Mcro.Charts;

/// <summary>
/// Collects a chart's layout while the header and the body are laid out, top to bottom, in SVG user units;
/// <see cref="ToDrawing"/> freezes it once the bottom is known.
/// </summary>
/// <remarks>
/// The layout is mcro's own: a plotting library's axes around a data area cannot wrap long labels above bars, keep a
/// legend and captions aligned with them, or size the figure to its content.
/// </remarks>
internal sealed class ChartCanvas
{
    private readonly ImmutableArray<ChartShape>.Builder _shapes = ImmutableArray.CreateBuilder<ChartShape>();
    private readonly ImmutableArray<TextItem>.Builder _texts = ImmutableArray.CreateBuilder<TextItem>();

    public float Width { get; } = ChartTheme.Width;

    /// <summary>Adds a box; one without area (a zero count) draws nothing.</summary>
    public void Add(BoxItem box)
    {
        if (box.Width > 0 && box.Height > 0)
            _shapes.Add(box);
    }

    public void Add(LineItem line) => _shapes.Add(line);

    public void Add(DotItem dot) => _shapes.Add(dot);

    /// <summary>Adds a line of text; an empty one (a series without a name) draws nothing.</summary>
    public void Add(TextItem text)
    {
        if (text.Text.Length > 0)
            _texts.Add(text);
    }

    /// <summary>
    /// Adds <paramref name="text"/> wrapped to <paramref name="width"/>, one line under the other from
    /// <paramref name="y"/> (each line's top), anchored at <paramref name="x"/>; returns the y below the last line.
    /// </summary>
    public float AddWrapped(string text, TextStyle style, float x, float y, TextAnchor anchor, float width)
    {
        foreach (string line in style.Wrap(text, width))
        {
            Add(style.Line(line, x, y, anchor, TextBaseline.Top));
            y += style.LineHeight;
        }
        return y;
    }

    public ChartDrawing ToDrawing(float bottom) => new(Width, bottom, _shapes.ToImmutable(), _texts.ToImmutable());

    /// <summary>The texts laid out so far (a title has no shapes).</summary>
    public ImmutableArray<TextItem> Texts => _texts.ToImmutable();
}
