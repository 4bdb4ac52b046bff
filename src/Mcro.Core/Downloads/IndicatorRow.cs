using Mcro.Indicators.Figures;

namespace Mcro.Downloads;

/// <summary>
/// One figure of the tidy CSV: what it is (<see cref="Figure"/>, from the catalogue), what it is broken down by (empty
/// where not), and its value — a whole number, or yes/no/n/a for an office's answers.
/// </summary>
public sealed record IndicatorRow(
    Figure Figure,
    string Value,
    string Municipality = "",
    string Community = "",
    string Task = "",
    string TaskCount = "");
