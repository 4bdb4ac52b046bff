using Mcro.Build;
using Mcro.Diagnostics;
using Mcro.Localization;
using Mcro.Producers.Landing.Views;
using Mcro.Site;

namespace Mcro.Producers.Landing;

/// <summary>
/// The site's front pages (landing.html), every published sheet of every year: the root one in the dataset's default
/// language, and one per edition in its reader's language (sr/index.html), each linking the others.
/// </summary>
public sealed class LandingProducer : IPageProducer
{
    public string Name => "landing page";

    public IReadOnlyList<PageText> Texts { get; } = SharedTexts.All;

    public Result<Produced> Produce(BuildContext context, ISiteSink sink)
    {
        var pages = context.Frames.LandingEditions().Select(e => (Edition: e, Path: SiteLayout.EditionLanding(e)))
            .Prepend((context.Plan.LandingEdition, SiteLayout.Landing)).ToList();
        foreach (var (edition, path) in pages)
        {
            var model = new LandingPage(context.Texts[edition].Text(SharedTexts.IndexHeading), context.Frames.LandingYears(path)) { Trends = context.Frames.LandingTrends(path) };
            var page = context.Pages.Render("landing.html", "landing", model, context.Frames.ForLanding(edition, path), edition);
            if (!page.Succeeded) return Result<Produced>.Failed(page.Problems);
            sink.WriteText(path, page.Value!);
        }
        return Result<Produced>.Ok(new Produced(pages.Count, 0, pages.Count));
    }
}
