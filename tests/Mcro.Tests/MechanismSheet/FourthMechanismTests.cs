using Mcro.Localization;
using Mcro.Site;
using Mcro.Tests.Site;

namespace Mcro.Tests.MechanismSheet;

/// <summary>The DCMAC, a fourth mechanism from data alone (Fixtures/series-dcmac added to the sample data): its sheet in every edition.</summary>
public class FourthMechanismTests
{
    [Fact]
    public void A_mechanism_added_in_data_alone_has_its_sheet_in_every_edition()
    {
        var dataset = SeriesSheetFixture.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "series-dcmac"), under: Path.Combine(SiteFixture.RepoRoot, "data"));
        var site = SiteFixture.TryBuild(dataset, plan: SiteFixture.Plan(dataset, years: [2019]));
        Assert.Empty(site.Problems);
        foreach (var edition in dataset.Config.Editions.Select(Edition.For))
        {
            var page = site.Value!.ReadText(SiteLayout.MechanismSheet(2019, edition, "dcmac"));
            Assert.Contains("mechanism-dcmac", page, StringComparison.Ordinal);
            Assert.Contains(SiteLayout.Relative(SiteLayout.MechanismSheet(2019, edition, "dcmac"), SiteLayout.MechanismSheet(2019, edition, "dmc")), page, StringComparison.Ordinal);
        }
    }
}
