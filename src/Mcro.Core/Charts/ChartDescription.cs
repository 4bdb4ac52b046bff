using System.Collections.Immutable;
using System.Text;

namespace Mcro.Charts;

/// <summary>
/// What a screen reader says for a chart: its figures in words, each with its unit ("2 zadatka: 3 OKZP",
/// "Albanci: 10 žena, 12 muškaraca"), one sentence with no capital in its middle. Built from the chart's own data;
/// the words come from the caller, who knows the edition's plural forms.
/// </summary>
public static class ChartDescription
{
    /// <param name="category">The words for a category, by its index: "2 zadatka" for the column "2".</param>
    /// <param name="value">The words for one value, by series index: "3 OKZP", "10 žena".</param>
    public static string Of(ImmutableArray<string> categories, ImmutableArray<ChartSeries> series,
        Func<int, string> category, Func<int, long, string> value)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < categories.Length; i++)
        {
            if (i > 0) sb.Append("; ");
            sb.Append(category(i)).Append(": ");
            sb.AppendJoin(", ", series.Select((s, n) => value(n, s.Values[i])));
        }
        if (sb.Length > 0) sb[0] = char.ToUpperInvariant(sb[0]);
        return sb.Append('.').ToString();
    }
}
