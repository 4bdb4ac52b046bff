using System.Text.Json;
using Mcro.Localization;
using Mcro.Site;
using Mcro.Tests.Site;

namespace Mcro.Tests.Profile;

/// <summary>
/// Profiles built from a dataset with mechanisms (the site fixture with profile-series laid over it), against the same
/// dataset without them (the site fixture): the MOCR's part and figures stay as they were, the mechanisms come after.
/// </summary>
public sealed class ProfileSeriesSiteTests
{
    public static TheoryData<string, string> Profiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var tag in new[] { "sq", "sr", "sr-Cyrl", "en" })
            foreach (var code in new[] { "prizren", "gracanice", "novoberde", "leposaviq" }) data.Add(tag, code);
        return data;
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Figures_json_keeps_every_mocr_key_and_adds_the_mechanisms_after_them(string tag, string code)
    {
        var edition = Edition.For(tag);
        var path = SiteLayout.ProfileFile(2019, edition, code, SiteLayout.ProfileJson);
        if (SiteFixture.Built.Find(path) is null)
        {
            Assert.Null(ProfileSeriesFixture.Built.Find(path));
            return;
        }
        using var before = JsonDocument.Parse(SiteFixture.Built.ReadText(path));
        using var after = JsonDocument.Parse(ProfileSeriesFixture.Built.ReadText(path));
        var mocr = before.RootElement.EnumerateObject().Select(p => (p.Name, p.Value.GetRawText())).ToList();
        var series = after.RootElement.EnumerateObject().Select(p => (p.Name, p.Value.GetRawText())).ToList();
        Assert.Equal(mocr, series.Take(mocr.Count));
        Assert.Equal(["mechanisms"], series.Skip(mocr.Count).Select(p => p.Name));
        var mechanisms = after.RootElement.GetProperty("mechanisms");
        Assert.Equal(["cc", "dmc"], mechanisms.EnumerateObject().Select(m => m.Name));
        var status = ProfileSeriesFixture.Dataset.Years[2019].Mechanisms["dmc"].Reports.Single(r => r.Municipality == code).Status;
        Assert.Equal(Mcro.Model.Mechanisms.MechanismStatuses.Code(status), mechanisms.GetProperty("dmc").GetProperty("status").GetString());
    }

    [Fact]
    public void Figures_json_of_a_mechanism_holds_its_answers_people_by_community_and_the_communities_left_out()
    {
        using var figures = JsonDocument.Parse(ProfileSeriesFixture.Built.ReadText(SiteLayout.ProfileFile(2019, Edition.For("en"), "prizren", SiteLayout.ProfileJson)));
        var cc = figures.RootElement.GetProperty("mechanisms").GetProperty("cc");
        Assert.Equal(JsonSerializer.Serialize(JsonDocument.Parse("""
            { "status": "yes", "mandatory": true, "indicators": { "meets_regularly": "yes", "resources": "no" }, "duties": {},
              "women": 1, "men": 3, "byCommunity": { "albanian": { "women": 1, "men": 2 }, "bosniak": { "women": 0, "men": 1 } },
              "notRepresented": ["turkish", "roma"] }
            """).RootElement), JsonSerializer.Serialize(cc));
        Assert.Equal("n/a", figures.RootElement.GetProperty("mechanisms").GetProperty("dmc").GetProperty("duties").GetProperty("outreach").GetString());
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Figures_csv_keeps_the_mocr_rows_and_adds_a_row_per_mechanism_figure_in_the_same_columns(string tag, string code)
    {
        var path = SiteLayout.ProfileFile(2019, Edition.For(tag), code, SiteLayout.ProfileCsv);
        if (SiteFixture.Built.Find(path) is null) return;
        var before = SiteFixture.Built.ReadText(path);
        var after = ProfileSeriesFixture.Built.ReadText(path);
        Assert.StartsWith(before, after, StringComparison.Ordinal);
        var added = after[before.Length..].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(added, row => row.StartsWith($"2019,mechanisms.dmc.status,{code},,,,", StringComparison.Ordinal));
        Assert.All(added, row =>
        {
            Assert.StartsWith("2019,mechanisms.", row, StringComparison.Ordinal);
            Assert.Equal(7, row.Split(',').Length);
            Assert.Equal(code, row.Split(',')[2]);
        });
    }

    [Fact]
    public void A_year_without_mechanism_data_builds_the_profiles_exactly_as_a_dataset_without_mechanisms()
    {
        var compared = 0;
        foreach (var file in SiteFixture.Built.Files.Where(f => f.Path.StartsWith("2018/", StringComparison.Ordinal) && f.Path.Contains("/municipalities/", StringComparison.Ordinal)))
        {
            var text = ProfileSeriesFixture.Built.ReadText(file.Path);
            Assert.Equal(Article(file.ReadText()), Article(text));
            compared++;
        }
        Assert.True(compared >= 6 * 4, $"{compared} files compared");
    }

    [Theory]
    [InlineData("sr")]
    [InlineData("sq")]
    public void A_profile_shows_its_mechanisms_after_the_mocrs_part_and_links_their_sheets_only_where_the_site_holds_them(string tag)
    {
        var edition = Edition.For(tag);
        var self = SiteLayout.Profile(2019, edition, "prizren");
        var page = ProfileSeriesFixture.Built.ReadText(self);
        var cc = page.IndexOf("id=\"mechanism-cc\"", StringComparison.Ordinal);
        var dmc = page.IndexOf("id=\"mechanism-dmc\"", StringComparison.Ordinal);
        Assert.True(page.IndexOf("profile-history", StringComparison.Ordinal) < cc && cc < dmc, "the MOCR's part, then cc, then dmc");
        foreach (var id in new[] { "cc", "dmc" })
        {
            var sheet = SiteLayout.Relative(self, SiteLayout.MechanismSheet(2019, edition, id));
            Assert.Equal(ProfileSeriesFixture.Built.Find(SiteLayout.MechanismSheet(2019, edition, id)) is not null,
                page.Contains($"href=\"{sheet}\"", StringComparison.Ordinal));
        }
    }

    /// <summary>The page's own content: the frame around it (navigation of the site) belongs to other parts.</summary>
    private static string Article(string file) =>
        file.Contains("<article", StringComparison.Ordinal) ? file[file.IndexOf("<article", StringComparison.Ordinal)..(file.IndexOf("</article>", StringComparison.Ordinal) + 10)] : file;
}
