using Mcro.Localization;
using Mcro.Producers.Accessibility;
using Mcro.Site;
using Mcro.Tests.Site;

namespace Mcro.Tests.Snapshots;

/// <summary>The fixture site's accessibility statement in every edition, approved.</summary>
public class AccessibilityStatementSnapshotTests
{
    private static readonly Lazy<MemorySink> Site = new(() => SiteFixture.Build());

    [Theory]
    [InlineData("sq")]
    [InlineData("sr")]
    [InlineData("sr-Cyrl")]
    [InlineData("en")]
    public void Accessibility_statement_matches_the_approved_snapshot(string tag)
    {
        var path = AccessibilityLayout.Page(Edition.For(tag));
        SnapshotFiles.Verify([(path[..path.LastIndexOf('.')], ".html", Site.Value.ReadText(path))]);
    }
}
