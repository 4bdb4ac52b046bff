using System.Collections.Immutable;

namespace Mcro.Charts;

/// <summary>
/// A chart laid out to the pixel: its size, the shapes in the order they are painted (grid lines under bars, the
/// baseline over them) and the texts, painted last so no shape covers a label.
/// </summary>
internal sealed record ChartDrawing(float Width, float Height, ImmutableArray<ChartShape> Shapes, ImmutableArray<TextItem> Texts);
