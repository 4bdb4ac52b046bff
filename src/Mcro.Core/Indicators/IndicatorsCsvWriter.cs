namespace Mcro.Indicators;

/// <summary>Writes <see cref="YearIndicators"/> as tidy CSV, one figure a row.</summary>
public static class IndicatorsCsvWriter
{
    public static string Write(YearIndicators indicators) =>
        throw new NotImplementedException("being written in the indicators branch");
}
