namespace Mcro.Indicators;

/// <summary>What one office did with one core task in a year.</summary>
public enum TaskOutcome
{
    Performed,
    NotPerformed,
    Excluded,
}
