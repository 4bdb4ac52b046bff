namespace Mcro.Cli.Output;

/// <summary>How mcro indicators prints: aligned for a person at a terminal, tidy CSV, or the JSON contract.</summary>
public enum IndicatorsFormat
{
    Table,
    Json,
    Csv,
}
