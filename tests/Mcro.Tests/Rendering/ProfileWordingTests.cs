using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Mcro.Producers.Profile;
using Mcro.Site;

namespace Mcro.Tests.Rendering;

/// <summary>How the sample's profiles read, in every edition: labels in the number of what they label, years in the past.</summary>
public sealed partial class ProfileWordingTests
{
    [GeneratedRegex("""<tr><th scope="row">([^<]*)</th><td>[^<]*</td><td>(\d+)</td><td>(\d+)</td></tr>""")]
    private static partial Regex StaffRow();

    [Fact]
    public void A_staff_row_is_labelled_in_the_number_of_people_it_counts_in_every_edition()
    {
        var rows = 0;
        var several = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, text) in SampleSite.Pages.Where(p => p.Path.Contains("/municipalities/", StringComparison.Ordinal)))
        {
            if (SampleSite.EditionOf(path) is not { } edition) continue;
            var catalog = SampleSite.Texts[edition];
            foreach (Match row in StaffRow().Matches(text))
            {
                var people = long.Parse(row.Groups[2].Value, CultureInfo.InvariantCulture) + long.Parse(row.Groups[3].Value, CultureInfo.InvariantCulture);
                var label = WebUtility.HtmlDecode(row.Groups[1].Value);
                Assert.Contains(label, new[] { catalog.Plural(ProfileTexts.Head, people), catalog.Plural(ProfileTexts.StaffMember, people) });
                rows++;
                if (people > 1) several.Add(edition.Tag);
            }
        }
        Assert.True(rows > 100, $"only {rows} staff rows found");
        // Rows counting several people exist in every edition ("Službenici | Turci | 1 | 1"), so the rule is exercised.
        Assert.Equal(SampleSite.Texts.Keys.Select(e => e.Tag).Order(StringComparer.Ordinal), several.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("en", "Leposaviq/Leposavić had a similar office, which performed functions", " has a similar office")]
    [InlineData("sr", "postojala je slična kancelarija koja je obavljala slične funkcije", "postoji slična kancelarija")]
    [InlineData("sr-Cyrl", "постојала је слична канцеларија која је обављала сличне функције", "постоји слична канцеларија")]
    [InlineData("sq", "ekzistonte një zyrë e ngjashme që ushtronte funksione", "ekziston një zyrë")]
    public void A_profile_speaks_of_its_year_in_the_past_for_every_reported_year_the_latest_too(string tag, string past, string present)
    {
        var edition = SampleSite.Texts.Keys.Single(e => e.Tag == tag);
        var years = SampleSite.Dataset.Years.Keys.ToList();
        Assert.True(years.Count > 1);
        foreach (var year in years)
        {
            var page = SampleSite.Pages.Single(p => p.Path == SiteLayout.Profile(year, edition, "leposaviq")).Text;
            Assert.Contains(past, page, StringComparison.Ordinal);
            Assert.DoesNotContain(present, page, StringComparison.Ordinal);
        }
    }
}
