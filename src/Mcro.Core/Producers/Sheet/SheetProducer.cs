using System.Collections.Concurrent;
using Mcro.Build;
using Mcro.Diagnostics;
using Mcro.Downloads;
using Mcro.Localization;
using Mcro.Rendering.Views;
using Mcro.Model;
using Mcro.Site;

namespace Mcro.Producers.Sheet;

/// <summary>
/// The year sheet, one per year and edition built: its page (sheet.html), each chart as its own SVG file, and its
/// figures as indicators.json and indicators.csv. Sheets are rendered in parallel and each is written to the sink
/// as soon as it is done, so memory holds a few sheets, never the site.
/// </summary>
public sealed class SheetProducer : IPageProducer
{
    public const string Kind = "sheet";

    public string Name => "sheets";

    public IReadOnlyList<PageText> Texts { get; } = [.. SharedTexts.All, .. SheetTexts.All];

    /// <summary>Every published sheet, year by year, each year's in the dataset's order of editions.</summary>
    public IReadOnlyList<PageDescription> Pages(SitePlan plan, Dataset dataset) =>
    [
        .. plan.PublishedYears.SelectMany(year => plan.PublishedEditions(year)
            .Select(edition => new PageDescription(SiteLayout.Sheet(year, edition), Kind, edition, year)
            {
                YearsOf = Kind,
                Leaflet = plan.Leaflets ? SiteLayout.Leaflet(year, edition) : null,
                LeafletKeywords = Leaflet.LeafletTexts.Keywords,
            })),
    ];

    public Result<Produced> Produce(BuildContext context, ISiteSink sink)
    {
        var problems = new ConcurrentBag<Diagnostic>();
        var sheets = context.Plan.Sheets.ToList();
        context.Counter.Start(sheets.Count);
        var produced = sheets.AsParallel()
            .Select(sheet =>
            {
                var one = ProduceSheet(context, sheet.Year, sheet.Edition, sink, problems);
                context.Counter.Advance();
                return one;
            })
            .Aggregate(Produced.None, (a, b) => a + b);
        return problems.IsEmpty ? Result<Produced>.Ok(produced) : Result<Produced>.Failed(DiagnosticOrder.Sort(problems));
    }

    private static Produced ProduceSheet(BuildContext context, int year, Edition edition, ISiteSink sink, ConcurrentBag<Diagnostic> problems)
    {
        var text = context.Texts[edition];
        var names = new EditionNames(context.Dataset, edition);
        var figures = context.Indicators[year];
        var change = context.Changes.GetValueOrDefault(year);
        var charts = SheetCharts.Build(figures, text, names);

        // Each chart's own file (titled, finding the site's fonts); the page inlines the same drawing.
        var fontsUrl = SiteLayout.Relative(SiteLayout.Chart(year, edition, "chart"), SiteLayout.FontsFolder + "/");
        foreach (var chart in charts.All)
            sink.WriteText(SiteLayout.Chart(year, edition, chart.Spec.Id), chart.Chart.WriteFile(fontsUrl));

        var leaflet = LeafletLink.Href(context.Site[SiteLayout.Sheet(year, edition)]);
        var model = SheetModel.Build(context.Dataset.Years[year], figures, charts, text, names, context.Dataset.Config, leaflet) with
        {
            Changes = change is null ? null : ChangeModel.Build(change, context.Dataset.Years[change.PreviousYear], context.Dataset.Years[year], text, names),
            Glance = GlanceModel.Build(figures, context.Dataset.Tasks, context.Dataset.Municipalities, text, names),
            Trends = new PageLink(text.Text(SharedTexts.TrendsLink), SiteLayout.Relative(SiteLayout.Sheet(year, edition), SiteLayout.Trends(edition))),
        };
        var page = context.Pages.Render("sheet.html", "sheet", model, context.Frames.For(SiteLayout.Sheet(year, edition), model.Title), edition);
        if (!page.Succeeded)
        {
            foreach (var problem in page.Problems) problems.Add(problem);
            return Produced.None;
        }
        sink.WriteText(SiteLayout.Sheet(year, edition), page.Value!);
        sink.WriteText(SiteLayout.EditionFile(year, edition, SiteLayout.IndicatorsJson), IndicatorsJsonWriter.Write(figures, change));
        sink.WriteText(SiteLayout.EditionFile(year, edition, SiteLayout.IndicatorsCsv), IndicatorsCsvWriter.Write(figures, change));
        return new Produced(1, charts.All.Count, charts.All.Count + 3);
    }
}
