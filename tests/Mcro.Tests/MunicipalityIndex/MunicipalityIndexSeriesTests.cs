using Mcro.Localization;
using Mcro.Producers.MunicipalityIndex;
using Mcro.Tests.Profile;
using Mcro.Tests.Site;

namespace Mcro.Tests.MunicipalityIndex;

/// <summary>The index of municipalities gives, in each year's cell, the state of every other mechanism with data that year.</summary>
public sealed class MunicipalityIndexSeriesTests
{
    private static string Row(string html, string name)
    {
        var start = html.IndexOf($"<th scope=\"row\">{name}</th>", StringComparison.Ordinal);
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    private static IReadOnlyList<string> Lines(string cell) =>
        [.. System.Text.RegularExpressions.Regex.Matches(cell, "<span class=\"index-tasks index-mechanism index-mechanism-([a-z]+)\">([^<]+)</span>")
            .Select(m => m.Groups[1].Value + " " + m.Groups[2].Value)];

    [Theory]
    [InlineData("sr", "Prizren", "yes KZ: aktivan", "yes ZPOZ: aktivan")]
    [InlineData("sr", "Novo Brdo", "vacant KZ: nepopunjen", "missing ZPOZ: nije uspostavljen, iako obavezan")]
    [InlineData("sr", "Junik", "yes KZ: aktivan", "no ZPOZ: nije uspostavljen")]
    [InlineData("sq", "Mamushë", "yes KK: funksional", "dissolved NKK: i shuar")]
    [InlineData("en", "Leposaviq/Leposavić", "missing CC: not established, though mandatory", "yes DMC: functioning")]
    public void A_years_cell_gives_each_mechanisms_state_in_the_series_order_and_says_when_a_mandatory_one_is_missing(string tag, string name, string first, string second)
    {
        var html = ProfileSeriesFixture.Built.ReadText(MunicipalityIndexLayout.Page(Edition.For(tag)));
        var row = Row(html, name);
        var cells = row.Split("<td", StringSplitOptions.None).Skip(1).ToList();
        Assert.Equal(2, cells.Count);
        Assert.Empty(Lines(cells[0])); // 2018: no mechanism has data
        Assert.Equal([first, second], Lines(cells[1]));
    }

    [Theory]
    [InlineData("sq")]
    [InlineData("sr")]
    [InlineData("sr-Cyrl")]
    [InlineData("en")]
    public void Without_mechanisms_the_index_is_as_it_was(string tag)
    {
        var html = SiteFixture.Built.ReadText(MunicipalityIndexLayout.Page(Edition.For(tag)));
        Assert.DoesNotContain("index-mechanism", html, StringComparison.Ordinal);
        Assert.Contains("index-mechanism", ProfileSeriesFixture.Built.ReadText(MunicipalityIndexLayout.Page(Edition.For(tag))), StringComparison.Ordinal);
    }
}
