using System.Collections.Immutable;

namespace Mcro.Charts;

/// <summary>
/// A chart laid out to the pixel: the shapes in the order they are painted (grid lines under bars, the baseline over
/// them) and the texts, painted last so no shape covers a label; <see cref="Bottom"/> is where the lowest text ends.
/// </summary>
internal sealed record ChartDrawing(float Width, float Bottom, ImmutableArray<ChartShape> Shapes, ImmutableArray<TextItem> Texts)
{
    private const float Margin = 4;

    /// <summary>The figure's height: its content and a small margin, in whole pixels.</summary>
    public float Height => MathF.Ceiling(Bottom + Margin);

    /// <summary>This drawing moved down by <paramref name="height"/>, under the <paramref name="header"/> texts laid out above it.</summary>
    public ChartDrawing Under(ImmutableArray<TextItem> header, float height) => height == 0 && header.IsEmpty
        ? this
        : new(Width, Bottom + height, [.. Shapes.Select(s => s.Down(height))], [.. header, .. Texts.Select(t => t.Down(height))]);
}
