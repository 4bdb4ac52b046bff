using Mcro.Localization;
using Mcro.Site;
using Mcro.Tests.MechanismSheet;

namespace Mcro.Tests.Snapshots;

/// <summary>A mechanism's sheet (the fixture's invented mechanism, every section) and one of its charts, approved.</summary>
public class MechanismSheetSnapshotTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("sr-Cyrl")]
    public void Mechanism_sheet_and_its_duties_chart_match_the_approved_snapshots(string tag)
    {
        var site = SeriesSheetFixture.Built;
        var edition = Edition.For(tag);
        var sheet = SiteLayout.MechanismSheet(2019, edition, SeriesSheetFixture.Id);
        var chart = SiteLayout.MechanismFile(2019, edition, SeriesSheetFixture.Id, SiteLayout.ChartFromSheet("duties"));
        SnapshotFiles.Verify([
            ("mechanism/" + sheet[..sheet.LastIndexOf('.')], ".html", site.ReadText(sheet)),
            ("mechanism/" + chart[..chart.LastIndexOf('.')], ".svg", site.ReadText(chart)),
        ]);
    }
}
