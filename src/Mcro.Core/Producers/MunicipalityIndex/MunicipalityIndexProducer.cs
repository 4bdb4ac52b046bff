using Mcro.Build;
using Mcro.Diagnostics;
using Mcro.Localization;
using Mcro.Model;
using Mcro.Site;

namespace Mcro.Producers.MunicipalityIndex;

/// <summary>
/// An index of municipalities per edition with a published sheet (municipalities.html): every municipality of
/// municipalities.csv with its office's kind and core tasks performed in each of the edition's years, each cell linking
/// that year's profile. The site's other pages link it through page.links.municipalities.
/// </summary>
public sealed class MunicipalityIndexProducer : IPageProducer
{
    public const string Kind = "municipalities";

    public string Name => "municipality index";

    public IReadOnlyList<PageText> Texts { get; } = [.. SharedTexts.All, .. MunicipalityIndexTexts.All, .. MunicipalityIndexSeriesTexts.All];

    public IReadOnlyList<PageText> LinkTexts { get; } = [MunicipalityIndexTexts.Title, MunicipalityIndexTexts.Link];

    public IReadOnlyList<PageDescription> Pages(SitePlan plan, Dataset dataset) =>
    [
        .. plan.Editions.Where(e => plan.PublishedYearsOf(e).Count > 0)
            .Select(edition => new PageDescription(MunicipalityIndexLayout.Page(edition), Kind, edition)),
    ];

    public Result<Produced> Produce(BuildContext context, ISiteSink sink)
    {
        var offices = context.Indicators.Values
            .SelectMany(y => y.PerOffice.Select(o => (y.Year, Office: o)))
            .ToDictionary(o => (o.Year, o.Office.Municipality), o => o.Office);
        var series = context.Dataset.Years.Keys.ToDictionary(y => y, y => SeriesOfYear.Of(context.Dataset, y, context.Series));
        var pages = context.Site.OfKind(Kind);
        foreach (var index in pages)
        {
            var (edition, self) = (index.Edition, index.Path);
            var names = new EditionNames(context.Dataset, edition);
            var model = MunicipalityIndexModel.Build(context.Dataset.Municipalities, context.Plan.PublishedYearsOf(edition),
                (year, code) => offices.GetValueOrDefault((year, code)),
                (year, code) => context.Site.Find(SiteLayout.Profile(year, edition, code)) is { } profile ? SiteLayout.Relative(self, profile.Path) : null,
                context.Texts[edition], names,
                (year, code) => [.. series.GetValueOrDefault(year, []).Select(m => (m.Definition, Figures: m.Figures.Of(code))).Where(m => m.Figures is not null)
                    .Select(m => MunicipalityIndexModel.Mechanism(names.Of(m.Definition.Abbreviation), m.Figures!.Status, m.Figures.Mandatory, context.Texts[edition]))]);
            var page = context.Pages.Render("municipalities.html", "index", model, context.Frames.For(self, model.Title), edition);
            if (!page.Succeeded) return Result<Produced>.Failed(page.Problems);
            sink.WriteText(self, page.Value!);
        }
        return Result<Produced>.Ok(new Produced(pages.Count, 0, pages.Count));
    }
}
