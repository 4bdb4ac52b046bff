using System.Collections.Immutable;
using System.Text;
using Mcro.Localization;

namespace Mcro.Charts;

/// <summary>
/// What a screen reader says for a chart: its figures in words, "Yes: 30; No: 5" or
/// "Albanian: Women 10, Men 12; …", numbers in the edition's style. Built from the chart's own data.
/// </summary>
public static class ChartDescription
{
    public static string Of(ImmutableArray<string> categories, ImmutableArray<ChartSeries> series, NumberStyle numbers)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < categories.Length; i++)
        {
            if (i > 0) sb.Append("; ");
            sb.Append(categories[i]).Append(": ");
            if (series.Length == 1) sb.Append(numbers.Integer(series[0].Values[i]));
            else sb.AppendJoin(", ", series.Select(s => s.Name + " " + numbers.Integer(s.Values[i])));
        }
        return sb.Append('.').ToString();
    }
}
