using Mcro.Build;
using Mcro.Diagnostics;
using Mcro.Localization;
using Mcro.Model;
using Mcro.Site;

namespace Mcro.Producers.Accessibility;

/// <summary>
/// An accessibility statement per edition with a published sheet (accessibility.html), when config.yaml has an
/// accessibility: block: the standard the site and its leaflets aim at, how they are checked, what is known not to
/// meet it, where to write, and the day of the last assessment. Every page's footer links it (page.links.accessibility).
/// </summary>
public sealed class AccessibilityStatementProducer : IPageProducer
{
    public const string Kind = "accessibility";

    public string Name => "accessibility statement";

    public IReadOnlyList<PageText> Texts { get; } = [.. SharedTexts.All, .. AccessibilityTexts.All];

    public IReadOnlyList<PageText> LinkTexts { get; } = [AccessibilityTexts.Title, AccessibilityTexts.Link];

    public IReadOnlyList<PageDescription> Pages(SitePlan plan, Dataset dataset) =>
        dataset.Config.Accessibility is null ? [] :
        [
            .. plan.Editions.Where(e => plan.PublishedYearsOf(e).Count > 0)
                .Select(edition => new PageDescription(AccessibilityLayout.Page(edition), Kind, edition) { ShowsData = false }),
        ];

    public Result<Produced> Produce(BuildContext context, ISiteSink sink)
    {
        var pages = context.Site.OfKind(Kind);
        foreach (var statement in pages)
        {
            var (edition, self) = (statement.Edition, statement.Path);
            var model = AccessibilityModel.Build(context.Dataset.Config.Accessibility!, context.Frames.SiteTitle(edition), context.Texts[edition]);
            var page = context.Pages.Render("accessibility.html", "statement", model, context.Frames.For(self, model.Title), edition);
            if (!page.Succeeded) return Result<Produced>.Failed(page.Problems);
            sink.WriteText(self, page.Value!);
        }
        return Result<Produced>.Ok(new Produced(pages.Count, 0, pages.Count));
    }
}
