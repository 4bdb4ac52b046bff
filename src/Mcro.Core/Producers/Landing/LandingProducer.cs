using Mcro.Build;
using Mcro.Diagnostics;
using Mcro.Localization;
using Mcro.Model;
using Mcro.Producers.Landing.Views;
using Mcro.Site;

namespace Mcro.Producers.Landing;

/// <summary>
/// The site's front pages (landing.html), every published sheet of every year: the root one in the dataset's default
/// language, and one per edition in its reader's language (sr/index.html), each linking the others.
/// </summary>
public sealed class LandingProducer : IPageProducer
{
    public const string Kind = "landing";

    public string Name => "landing page";

    public IReadOnlyList<PageText> Texts { get; } = [.. SharedTexts.All, .. SeriesLandingTexts.All];

    /// <summary>
    /// The root page, for readers of any language (every page's x-default), then the landing page of each edition with a
    /// published sheet.
    /// </summary>
    public IReadOnlyList<PageDescription> Pages(SitePlan plan, Dataset dataset) =>
    [
        new PageDescription(SiteLayout.Landing, Kind, plan.LandingEdition) { AnyLanguage = true },
        .. plan.Editions.Where(e => plan.PublishedYearsOf(e).Count > 0)
            .Select(edition => new PageDescription(SiteLayout.EditionLanding(edition), Kind, edition)),
    ];

    public Result<Produced> Produce(BuildContext context, ISiteSink sink)
    {
        var pages = context.Site.OfKind(Kind);
        foreach (var landing in pages)
        {
            var (edition, path) = (landing.Edition, landing.Path);
            var model = new LandingPage(context.Texts[edition].Text(SharedTexts.IndexHeading), LandingModel.Years(context, path))
            {
                Trends = LandingModel.Trends(context, path),
                Series = SeriesModel.Entries(context, edition, path),
                SeriesHeading = context.Texts[edition].Text(SeriesLandingTexts.Heading),
                SheetsLabel = context.Texts[edition].Text(SeriesLandingTexts.Sheets),
            };
            var page = context.Pages.Render("landing.html", "landing", model, context.Frames.For(path, context.Frames.SiteTitle(edition)), edition);
            if (!page.Succeeded) return Result<Produced>.Failed(page.Problems);
            sink.WriteText(path, page.Value!);
        }
        return Result<Produced>.Ok(new Produced(pages.Count, 0, pages.Count));
    }
}
