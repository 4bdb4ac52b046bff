using Mcro.Localization;
using Mcro.Rendering.Views;
using Mcro.Site;

namespace Mcro.Producers;

/// <summary>
/// How a page links its own printed leaflet: the sentence of <see cref="SharedTexts.DownloadLeaflet"/> around a PDF link
/// relative to the page, only when its description says it is printed (<see cref="PageDescription.Leaflet"/>), so a
/// page never links a leaflet the build does not write.
/// </summary>
public static class LeafletLink
{
    /// <summary>The leaflet's address from its page ("mocr-2019-sr.pdf"); null when the page is not printed.</summary>
    public static string? Href(PageDescription page) => page.Leaflet is { } leaflet ? SiteLayout.Relative(page.Path, leaflet) : null;

    /// <summary>The link for the page's model (the page's producer must declare <see cref="SharedTexts.DownloadLeaflet"/>); null when the page is not printed.</summary>
    public static DownloadLinks? Of(PageDescription page, TextCatalog text) =>
        Href(page) is { } href ? DownloadSentence.Of(text, SharedTexts.DownloadLeaflet, [new FileLink("PDF", href, "application/pdf")]) : null;
}
