namespace Mcro.Charts;

/// <summary>What ScottPlot drew (its SVG) together with the texts in the order it drew them, and the figure's size.</summary>
internal sealed record DrawnChart(string Svg, IReadOnlyList<TextItem> Texts, float Width, float Height);
