namespace Mcro.Indicators.Figures;

/// <summary>What a figure is broken down by: one value per municipality, community, task or number of tasks (the tidy CSV's columns).</summary>
[Flags]
public enum FigureBreakdown
{
    None = 0,
    Municipality = 1,
    Community = 2,
    Task = 4,
    TaskCount = 8,
}
