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
/// each share shown is its count over its base rounded half away from zero; a trends line passes through the numbers
/// its table prints.
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
        var checkedRows = 0;
        foreach (var year in SampleData.Dataset.Years.Keys.Order().Skip(1))
        {
            var html = Sample.Value.ReadText(SiteLayout.Sheet(year, Edition.For(tag)));
            var table = ChangeTable().Match(html);
            Assert.True(table.Success, $"{year}/{tag}: no change table");
            var previous = Header().Match(table.Value).Groups["previous"].Value;
            foreach (Match row in Row().Matches(table.Value))
            {
                var where = $"{year}/{tag} «{WebUtility.HtmlDecode(Tag().Replace(row.Groups["figure"].Value, ""))}»";
                var before = Numbers(row.Groups["before"].Value, numbers);
                var after = Numbers(row.Groups["after"].Value, numbers);
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
        // Two sheets after the first year, fifteen headline figures each.
        Assert.Equal(30, checkedRows);
    }

    [Theory]
    [MemberData(nameof(EveryEdition))]
    public void Every_share_in_a_change_table_is_its_count_over_its_base_rounded_half_away_from_zero(string tag)
    {
        var numbers = Edition.For(tag).Numbers;
        var shares = 0;
        foreach (var year in SampleData.Dataset.Years.Keys.Order().Skip(1))
        {
            var table = ChangeTable().Match(Sample.Value.ReadText(SiteLayout.Sheet(year, Edition.For(tag)))).Value;
            foreach (var cell in Row().Matches(table).SelectMany(r => new[] { r.Groups["before"].Value, r.Groups["after"].Value }))
            {
                var values = Numbers(cell, numbers);
                if (values.Count != 3) continue;
                var exact = 100m * values[1] / values[2];
                Assert.Equal(Math.Round(exact, 1, MidpointRounding.AwayFromZero), values[0]);
                shares++;
            }
        }
        Assert.True(shares > 0, "the sample compares some figures as shares");
    }

    [Theory]
    [MemberData(nameof(EveryEdition))]
    public void A_trends_line_passes_through_the_numbers_its_table_prints(string tag)
    {
        var numbers = Edition.For(tag).Numbers;
        var html = Sample.Value.ReadText(SiteLayout.Trends(Edition.For(tag)));
        var figures = Figure().Matches(html);
        Assert.Equal(15, figures.Count);
        foreach (Match figure in figures)
        {
            var points = Point().Matches(Desc().Match(figure.Value).Groups[1].Value);
            var drawn = points.ToDictionary(p => p.Groups["year"].Value, p => Numbers(p.Groups["value"].Value, numbers).Single());
            // A line of shares draws the table's last column; a line of counts or means its first.
            var asShares = points.Any(p => p.Groups["value"].Value.Contains('%', StringComparison.Ordinal));
            foreach (Match row in TableRow().Matches(figure.Value))
            {
                var cells = Cell().Matches(row.Groups["cells"].Value).Select(c => Numbers(c.Groups[1].Value, numbers)).ToList();
                var printed = asShares ? cells[^1].Single() : cells[0].Single();
                Assert.True(drawn[row.Groups["year"].Value] == printed, $"trends/{tag} {figure.Groups["id"].Value} {row.Groups["year"].Value}: drawn {drawn[row.Groups["year"].Value]}, printed {printed}");
            }
        }
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

    [GeneratedRegex("<figure class=\"chart[^\"]*\" id=\"(?<id>[^\"]+)\">.*?</figure>", RegexOptions.Singleline)]
    private static partial Regex Figure();

    [GeneratedRegex("<desc id=\"[^\"]+\">([^<]*)</desc>")]
    private static partial Regex Desc();

    [GeneratedRegex("(?<year>[0-9]{4}): (?<value>[^;.]*(?:[.,][0-9][^;.]*)?)(?=[;.](?:\\s|$))")]
    private static partial Regex Point();

    [GeneratedRegex("<tr><th scope=\"row\">(?<year>[0-9]{4})</th>(?<cells>.*?)</tr>")]
    private static partial Regex TableRow();

    [GeneratedRegex("<td>([^<]*)</td>")]
    private static partial Regex Cell();
}
