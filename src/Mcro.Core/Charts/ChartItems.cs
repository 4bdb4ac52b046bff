namespace Mcro.Charts;

/// <summary>Where a text line is anchored horizontally, as SVG's text-anchor.</summary>
internal enum TextAnchor { Start, Middle, End }

/// <summary>Which edge of the text's line box (the font's ascent to its descent) sits at its Y.</summary>
internal enum TextBaseline { Top, Middle, Bottom }

/// <summary>One line of text anchored at (X, Y); <see cref="Rotation"/> (degrees) turns it about that point.</summary>
internal sealed record TextItem(
    string Text, float X, float Y, TextAnchor Anchor, TextBaseline Baseline, float Size, bool Bold, string Color, float Rotation = 0)
{
    public TextItem Down(float dy) => this with { Y = Y + dy };
}

/// <summary>Something drawn under the texts, in SVG user units (y grows downward).</summary>
internal abstract record ChartShape
{
    /// <summary>The same shape <paramref name="dy"/> lower: the file's drawing sits under its title.</summary>
    public abstract ChartShape Down(float dy);
}

/// <summary>A filled rectangle: a bar, a stacked segment or a legend swatch.</summary>
internal sealed record BoxItem(float Left, float Top, float Width, float Height, string Color) : ChartShape
{
    public override ChartShape Down(float dy) => this with { Top = Top + dy };
}

/// <summary>A straight stroke: a grid line or the baseline of the columns.</summary>
internal sealed record LineItem(float X1, float Y1, float X2, float Y2, string Color, float Width) : ChartShape
{
    /// <summary>The length of a dash and of the gap after it; 0 for a solid line (a break in a series is dashed).</summary>
    public float Dash { get; init; }

    public override ChartShape Down(float dy) => this with { Y1 = Y1 + dy, Y2 = Y2 + dy };
}

/// <summary>A filled circle: a point of a line chart.</summary>
internal sealed record DotItem(float X, float Y, float Radius, string Color) : ChartShape
{
    public override ChartShape Down(float dy) => this with { Y = Y + dy };
}
