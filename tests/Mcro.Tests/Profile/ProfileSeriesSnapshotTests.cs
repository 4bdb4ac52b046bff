namespace Mcro.Tests.Profile;

/// <summary>
/// Profiles with mechanisms of the series (the profile-series fixture), approved: every status, a duty left out with its
/// reason, communities not represented, notes; the MOCR's figures followed by the mechanisms'.
/// </summary>
public sealed class ProfileSeriesSnapshotTests
{
    [Theory]
    [InlineData("sr", "prizren")]
    [InlineData("sq", "gracanice")]
    [InlineData("sr-Cyrl", "mamushe")]
    [InlineData("en", "leposaviq")]
    public void Profile_with_mechanisms_matches_the_approved_snapshot(string edition, string code)
    {
        var folder = $"2019/{edition}/{Mcro.Site.SiteLayout.MunicipalitiesFolder}/{code}/";
        var files = ProfileSeriesFixture.Built.Files
            .Where(f => f.Path.StartsWith(folder, StringComparison.Ordinal))
            .Select(f => ("series/" + f.Path[..f.Path.LastIndexOf('.')], Path.GetExtension(f.Path), f.ReadText()))
            .ToList();
        Assert.Contains(files, f => f.Item2 == ".html");
        SnapshotFiles.Verify(files);
    }
}
