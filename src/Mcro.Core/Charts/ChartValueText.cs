using Mcro.Localization;

namespace Mcro.Charts;

/// <summary>A chart's value as it is written on the chart, in its description and beside it: "35", "85,7 %", "5,4".</summary>
public static class ChartValueText
{
    public static string Format(ChartValueFormat format, NumberStyle numbers, int value) => format switch
    {
        ChartValueFormat.PercentTenths => numbers.Percent(value / 1000.0, value % 10 == 0 ? 0 : 1),
        ChartValueFormat.Tenths => numbers.Decimal(value / 10.0, value % 10 == 0 ? 0 : 1),
        _ => numbers.Integer(value),
    };
}
