namespace Mcro.Charts;

/// <summary>Where a chart's SVG file lives in an edition's folder.</summary>
public static class ChartFiles
{
    public const string Folder = "charts";

    public static string PathOf(string chartId) => $"{Folder}/{chartId}.svg";
}
