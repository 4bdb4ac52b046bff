using System.Collections.Concurrent;
using System.Globalization;
using Mcro.Build;
using Mcro.Diagnostics;
using Mcro.Downloads;
using Mcro.Indicators.Change;
using Mcro.Localization;
using Mcro.Producers.Figures;
using Mcro.Model;
using Mcro.Producers.Trends.Views;
using Mcro.Rendering.Views;
using Mcro.Site;

namespace Mcro.Producers.Trends;

/// <summary>
/// The trends pages (trends.html, one per edition with a published sheet): every headline figure over every year in the
/// data, breaks marked and explained; and the figures of every year in one download (trends/indicators.csv and .json).
/// </summary>
public sealed class TrendsProducer : IPageProducer
{
    public const string Kind = "trends";

    public string Name => "trends";

    public IReadOnlyList<PageText> Texts { get; } = [.. SharedTexts.All, .. TrendsTexts.All];

    /// <summary>One trends page per edition with a published sheet; its year switcher goes to the edition's sheets.</summary>
    public IReadOnlyList<PageDescription> Pages(SitePlan plan, Dataset dataset) => dataset.Years.Count == 0 ? [] :
    [
        .. plan.Editions.Where(e => plan.PublishedYearsOf(e).Count > 0)
            .Select(edition => new PageDescription(SiteLayout.Trends(edition), Kind, edition) { YearsOf = Sheet.SheetProducer.Kind }),
    ];

    public Result<Produced> Produce(BuildContext context, ISiteSink sink)
    {
        if (context.Indicators.Count == 0) return Result<Produced>.Ok(Produced.None);
        var years = context.Indicators.Values.OrderBy(y => y.Year).Select(y => (y, context.Changes.GetValueOrDefault(y.Year))).ToList();
        // The downloads of every year are written while the pages are drawn: neither needs the other.
        var downloads = Task.Run(() =>
        {
            sink.WriteText(SiteLayout.TrendsIndicatorsCsv, IndicatorsCsvWriter.WriteEveryYear(years));
            sink.WriteText(SiteLayout.TrendsIndicatorsJson, IndicatorsJsonWriter.WriteEveryYear(years));
        });

        var series = TrendSeries.Of(context.Indicators);
        var notes = TrendsModel.NoteNumbers(series);
        var problems = new ConcurrentBag<Diagnostic>();
        var produced = context.Site.OfKind(Kind).Select(p => p.Edition).AsParallel()
            .Select(edition => ProducePage(context, edition, series, notes, sink, problems))
            .Aggregate(new Produced(0, 0, 2), (a, b) => a + b);
        downloads.GetAwaiter().GetResult();
        return problems.IsEmpty ? Result<Produced>.Ok(produced) : Result<Produced>.Failed(DiagnosticOrder.Sort(problems));
    }

    private static Produced ProducePage(BuildContext context, Edition edition, IReadOnlyList<TrendSeries> series,
        IReadOnlyDictionary<int, string> notes, ISiteSink sink, ConcurrentBag<Diagnostic> problems)
    {
        var text = context.Texts[edition];
        var names = new EditionNames(context.Dataset, edition);
        var self = SiteLayout.Trends(edition);
        var fontsUrl = SiteLayout.Relative(SiteLayout.TrendsChart(edition, "chart"), SiteLayout.FontsFolder + "/");
        var figures = new List<Figure>();
        foreach (var one in series)
        {
            var (chart, table) = TrendChart.Build(one, text, names, notes);
            sink.WriteText(SiteLayout.TrendsChart(edition, chart.Spec.Id), chart.WriteFile(fontsUrl));
            var marks = one.Breaks.Select(y => text.Text(TrendsTexts.BreakMark, ("year", y.ToString(CultureInfo.InvariantCulture)), ("number", notes[y]))).ToList();
            figures.Add(FigureBuilder.Build(chart, table, marks));
        }

        var first = context.Indicators.Keys.Min().ToString(CultureInfo.InvariantCulture);
        var last = context.Indicators.Keys.Max().ToString(CultureInfo.InvariantCulture);
        var title = text.Text(TrendsTexts.Title, ("first", first), ("last", last));
        var frame = context.Frames.For(self, title);
        var model = new TrendsPage(title, text.Text(TrendsTexts.Intro), text.Text(TrendsTexts.Sheets), frame.Years, figures,
            text.Text(TrendsTexts.BreaksHeading), TrendsModel.Breaks(context.Dataset, notes, text, names),
            DownloadSentence.Of(text, TrendsTexts.Download,
            [
                new FileLink("CSV", SiteLayout.Relative(self, SiteLayout.TrendsIndicatorsCsv), "text/csv"),
                new FileLink("JSON", SiteLayout.Relative(self, SiteLayout.TrendsIndicatorsJson), "application/json"),
            ]));
        var page = context.Pages.Render("trends.html", "trends", model, frame, edition);
        if (!page.Succeeded)
        {
            foreach (var problem in page.Problems) problems.Add(problem);
            return Produced.None;
        }
        sink.WriteText(self, page.Value!);
        return new Produced(1, figures.Count, figures.Count + 1);
    }
}
