using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Mcro.Localization;
using Mcro.Site;
using Mcro.Tests.Indicators;

namespace Mcro.Tests.Site;

/// <summary>
/// Arithmetic a reader can redo, on the sample data built whole in memory, every year and edition: each change in a
/// sheet's change table is the difference of the two values its row shows, read back in the edition's number style;
/// each share it shows is its count over its base rounded half away from zero. (The trends pages show values, not changes:
/// their numbers come from the same <see cref="Mcro.Indicators.Change.FigureFormat"/>.)
/// </summary>
public partial class DisplayedChangeTests
{
    private static readonly Lazy<MemorySink> Sample = new(() => SiteFixture.Build(SampleData.Dataset));

    private static readonly string[] Editions = ["sq", "sr", "sr-Cyrl", "en"];

    public static TheoryData<string> EveryEdition() => [.. Editions];

    [Theory]
    [MemberData(nameof(EveryEdition))]
    public void Every_change_in_a_sheets_change_table_is_the_difference_of_the_two_values_it_shows(string tag)
    {
        var numbers = Edition.For(tag).Numbers;
        var (sheets, checkedRows) = (0, 0);
        foreach (var year in SampleData.Dataset.Years.Keys.Order().Skip(1))
        {
            // Every sheet the sample's build publishes after the first year's.
            if (Sample.Value.Find(SiteLayout.Sheet(year, Edition.For(tag)))?.ReadText() is not { } html) continue;
            sheets++;
            var table = ChangeTable().Match(html);
            Assert.True(table.Success, $"{year}/{tag}: no change table");
            var previous = Header().Match(table.Value).Groups["previous"].Value;
            foreach (Match row in Row().Matches(table.Value))
            {
                var where = $"{year}/{tag} «{WebUtility.HtmlDecode(Tag().Replace(row.Groups["figure"].Value, ""))}»";
                var before = Numbers(row.Groups["before"].Value, numbers);
                var after = Numbers(row.Groups["after"].Value, numbers);
                foreach (var shown in (List<decimal>[])[before, after])
                {
                    // A share shows its count out of its base: "91,2% (31 od 34)", rounded half away from zero.
                    if (shown.Count == 3) Assert.Equal(Math.Round(100m * shown[1] / shown[2], 1, MidpointRounding.AwayFromZero), shown[0]);
                }
                var difference = after[0] - before[0];
                var words = Numbers(row.Groups["change"].Value.Replace(previous, "", StringComparison.Ordinal), numbers);
                switch (row.Groups["direction"].Value)
                {
                    case "same":
                        Assert.True(difference == 0, $"{where}: {before[0]} → {after[0]} reads as no change");
                        Assert.Empty(words);
                        break;
                    case var direction:
                        Assert.True(words.Count == 1, $"{where}: the change «{row.Groups["change"].Value}» holds {words.Count} numbers");
                        var shown = direction == "up" ? words[0] : -words[0];
                        Assert.True(shown == difference, $"{where}: {before[0]} → {after[0]} is {difference}, the page says {direction} {words[0]}");
                        break;
                }
                checkedRows++;
            }
        }
        // Fifteen headline figures a sheet: MOCRs, work plans, reports, staff, women, eight tasks, all tasks, the mean.
        Assert.True(sheets > 0, "the sample publishes sheets with a change table");
        Assert.Equal(15 * sheets, checkedRows);
    }

    /// <summary>Every number in <paramref name="text"/>, read in the edition's style (its group and decimal separators).</summary>
    internal static List<decimal> Numbers(string text, NumberStyle numbers)
    {
        var group = Regex.Escape(numbers.GroupSeparator);
        var point = Regex.Escape(numbers.DecimalSeparator);
        return [.. Regex.Matches(WebUtility.HtmlDecode(text), $"[0-9]+(?:{group}[0-9]{{3}})*(?:{point}[0-9]+)?")
            .Select(m => decimal.Parse(m.Value.Replace(numbers.GroupSeparator, "", StringComparison.Ordinal)
                .Replace(numbers.DecimalSeparator, ".", StringComparison.Ordinal), CultureInfo.InvariantCulture))];
    }

    [GeneratedRegex("<table class=\"change-table\">.*?</table>", RegexOptions.Singleline)]
    private static partial Regex ChangeTable();

    [GeneratedRegex("<thead>\\s*<tr><th[^>]*>[^<]*</th><th[^>]*>(?<previous>[^<]+)</th>")]
    private static partial Regex Header();

    [GeneratedRegex("<tr class=\"change-(?<direction>up|down|same)\"><th scope=\"row\">(?<figure>.*?)</th><td>(?<before>[^<]*)</td><td>(?<after>[^<]*)</td><td>(?<change>[^<]*)</td></tr>")]
    private static partial Regex Row();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
