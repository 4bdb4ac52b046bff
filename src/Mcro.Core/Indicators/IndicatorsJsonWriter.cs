namespace Mcro.Indicators;

/// <summary>Writes <see cref="YearIndicators"/> as the stable JSON contract (docs/indicators-contract.md).</summary>
public static class IndicatorsJsonWriter
{
    public static string Write(YearIndicators indicators) =>
        throw new NotImplementedException("being written in the indicators branch");
}
