using Mcro.Model;

namespace Mcro.Indicators;

/// <summary>Computes every figure of one year's sheet from the dataset (pure; no I/O).</summary>
public static class IndicatorCalculator
{
    public static YearIndicators Compute(Dataset dataset, int year) =>
        throw new NotImplementedException("being written in the indicators branch");
}
