using System.CommandLine;
using System.Text.Json;
using Mcro.Cli;
using Mcro.Localization;
using Mcro.Site;
using Mcro.Tests.Indicators;
using Mcro.Tests.Site;

namespace Mcro.Tests.Profile;

/// <summary>
/// A profile's figures.json is its office's entry of `mcro indicators`, for every office of the sample, every year, in
/// every edition; the mechanisms of the series follow it ("mechanisms", last; ProfileSeriesSiteTests).
/// </summary>
public sealed class ProfileFiguresTests
{
    private static readonly Lazy<MemorySink> Sample = new(() => SiteFixture.Build(SampleData.Dataset));

    [Fact]
    public void Every_profile_figures_file_is_the_offices_entry_of_mcro_indicators()
    {
        var checkedOffices = 0;
        foreach (var year in SampleData.Dataset.Years.Keys.Order())
        {
            var (code, output, error) = CliRun.With(new RootCommand { new IndicatorsCommand(_ => false), new ValidateCommand() },
                "indicators", "--year", year.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "json", "--data", SampleData.Folder);
            Assert.Equal((ExitCodes.Success, ""), (code, error));
            using var indicators = JsonDocument.Parse(output);
            var perOffice = indicators.RootElement.GetProperty("perOffice").EnumerateArray().ToList();
            Assert.Equal(SampleData.Dataset.Years[year].Offices.Length, perOffice.Count);
            foreach (var office in perOffice)
            {
                var municipality = office.GetProperty("municipality").GetString()!;
                foreach (var edition in SampleData.Dataset.Config.Editions.Select(Edition.For))
                {
                    using var figures = JsonDocument.Parse(Sample.Value.ReadText(SiteLayout.ProfileFile(year, edition, municipality, SiteLayout.ProfileJson)));
                    var properties = figures.RootElement.EnumerateObject().ToList();
                    if (properties[^1].Name == "mechanisms") properties.RemoveAt(properties.Count - 1);
                    Assert.Equal("year", properties[0].Name);
                    Assert.Equal(year, properties[0].Value.GetInt32());
                    var expected = JsonSerializer.Serialize(office);
                    var actual = "{" + string.Join(",", properties.Skip(1).Select(p => JsonSerializer.Serialize(p.Name) + ":" + p.Value.GetRawText())) + "}";
                    Assert.Equal(Normalize(expected), Normalize(actual));
                }
                checkedOffices++;
            }
        }
        Assert.True(checkedOffices >= 3 * 35, $"{checkedOffices} offices checked");
    }

    [Fact]
    public void Every_profile_figures_csv_is_the_offices_rows_of_the_yearly_csv()
    {
        var site = Sample.Value;
        foreach (var year in SampleData.Dataset.Years.Keys)
            foreach (var edition in SampleData.Dataset.Config.Editions.Select(Edition.For))
            {
                var yearly = site.ReadText(SiteLayout.EditionFile(year, edition, SiteLayout.IndicatorsCsv)).Split('\n');
                foreach (var office in SampleData.Dataset.Years[year].Offices)
                {
                    var own = site.ReadText(SiteLayout.ProfileFile(year, edition, office.Municipality, SiteLayout.ProfileCsv)).Split('\n');
                    Assert.Equal(yearly[0], own[0]);
                    Assert.Equal(yearly.Where(l => l.Contains($",perOffice.", StringComparison.Ordinal) && l.Split(',')[2] == office.Municipality),
                        own.Skip(1).Where(l => l.Length > 0).TakeWhile(l => !l.StartsWith($"{year},mechanisms.", StringComparison.Ordinal)));
                }
            }
    }

    [Fact]
    public void A_municipality_without_a_mocr_has_a_profile_and_no_figures()
    {
        var site = Sample.Value;
        var sr = Edition.For("sr");
        Assert.NotNull(site.Find(SiteLayout.Profile(2019, sr, "leposaviq")));
        Assert.Null(site.Find(SiteLayout.ProfileFile(2019, sr, "leposaviq", SiteLayout.ProfileJson)));
        Assert.Contains("U Leposaviću u 2019. godini postojala je slična kancelarija", site.ReadText(SiteLayout.Profile(2019, sr, "leposaviq")), StringComparison.Ordinal);
    }

    private static string Normalize(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);
}
