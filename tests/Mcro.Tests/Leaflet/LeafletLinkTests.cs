using Mcro.Localization;
using Mcro.Producers;
using Mcro.Producers.Sheet;
using Mcro.Site;
using Mcro.Tests.Site;

namespace Mcro.Tests.Leaflet;

/// <summary>
/// A page is printed when its description says where its leaflet goes: the MOCR's sheets say so with --pdf only, and a
/// page links its leaflet relative to itself, whatever folder it lives in.
/// </summary>
public sealed class LeafletLinkTests
{
    [Fact]
    public void With_pdf_every_sheet_is_described_as_printed_beside_it_and_without_it_none_is()
    {
        var plan = SiteFixture.Plan(SiteFixture.Dataset);

        var printed = new SheetProducer().Pages(plan with { Leaflets = true }, SiteFixture.Dataset);
        var plain = new SheetProducer().Pages(plan, SiteFixture.Dataset);

        Assert.NotEmpty(printed);
        Assert.All(printed, page => Assert.Equal(SiteLayout.Leaflet(page.Year!.Value, page.Edition), page.Leaflet));
        Assert.All(plain, page => Assert.Null(page.Leaflet));
    }

    [Theory]
    [InlineData("2019/sr/index.html", "2019/sr/mocr-2019-sr.pdf", "mocr-2019-sr.pdf")]
    [InlineData("2019/sr-Cyrl/cc/index.html", "2019/sr-Cyrl/cc/cc-2019-sr-cyrl.pdf", "cc-2019-sr-cyrl.pdf")]
    public void A_printed_page_links_its_leaflet_relative_to_itself(string path, string leaflet, string href)
    {
        var page = new PageDescription(path, "any", Edition.For("sr"), 2019) { Leaflet = leaflet };
        var text = new TextCatalog(SiteFixture.Dataset.I18n, Edition.For("sr"), "i18n/sr.yaml");

        var link = LeafletLink.Of(page, text);

        Assert.Equal(href, LeafletLink.Href(page));
        Assert.Equal(href, Assert.Single(link!.Files).Href);
        Assert.Equal("application/pdf", link.Files[0].MediaType);
        Assert.Null(LeafletLink.Of(page with { Leaflet = null }, text));
    }
}
