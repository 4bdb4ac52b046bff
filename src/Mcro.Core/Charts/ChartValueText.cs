using Mcro.Localization;

namespace Mcro.Charts;

/// <summary>A chart's value as it is written on the chart, in its description and beside it: "35", "85,7 %", "5,0".</summary>
/// <remarks>Tenths always show their decimal, so "50,0 %" stands beside "57,1 %" in one series, as in the tables.</remarks>
public static class ChartValueText
{
    public static string Format(ChartValueFormat format, NumberStyle numbers, int value) => format switch
    {
        ChartValueFormat.PercentTenths => numbers.Percent(value / 1000.0, 1),
        ChartValueFormat.Tenths => numbers.Decimal(value / 10.0, 1),
        _ => numbers.Integer(value),
    };
}
