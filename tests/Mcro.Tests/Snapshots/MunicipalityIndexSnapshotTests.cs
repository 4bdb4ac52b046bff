using Mcro.Localization;
using Mcro.Producers.MunicipalityIndex;
using Mcro.Site;
using Mcro.Tests.Site;

namespace Mcro.Tests.Snapshots;

/// <summary>The fixture site's index of municipalities in Albanian and in Serbian (Cyrillic), approved.</summary>
public class MunicipalityIndexSnapshotTests
{
    private static readonly Lazy<MemorySink> Site = new(() => SiteFixture.Build());

    [Theory]
    [InlineData("sq")]
    [InlineData("sr-Cyrl")]
    public void Index_of_municipalities_matches_the_approved_snapshot(string tag)
    {
        var path = MunicipalityIndexLayout.Page(Edition.For(tag));
        SnapshotFiles.Verify([(path[..path.LastIndexOf('.')], ".html", Site.Value.ReadText(path))]);
    }
}
