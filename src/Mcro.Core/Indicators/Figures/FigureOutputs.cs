namespace Mcro.Indicators.Figures;

/// <summary>Where a figure is written as a figure of its own (a headline figure may be written only as its change).</summary>
[Flags]
public enum FigureOutputs
{
    None = 0,
    Json = 1,
    Csv = 2,
    Both = Json | Csv,
}
