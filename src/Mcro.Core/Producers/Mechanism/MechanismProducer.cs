using System.Collections.Concurrent;
using Mcro.Build;
using Mcro.Diagnostics;
using Mcro.Downloads;
using Mcro.Localization;
using Mcro.Model;
using Mcro.Model.Mechanisms;
using Mcro.Rendering.Views;
using Mcro.Site;

namespace Mcro.Producers.Mechanism;

/// <summary>
/// The sheet of every mechanism defined from data (mechanisms/ID.yaml, not the MOCR's), for every year it has data and
/// every edition the plan builds: its page (mechanism.html), each chart as its own SVG file, and its figures as
/// indicators.json and indicators.csv, in the mechanism's folder of the edition (2019/sr/cc/). Nothing in it is about
/// a particular mechanism: the definition says what the sheet shows.
/// </summary>
public sealed class MechanismProducer : IPageProducer
{
    public const string Kind = SeriesKinds.MechanismSheet;

    public string Name => "mechanism sheets";

    public IReadOnlyList<PageText> Texts { get; } = [.. SharedTexts.All, .. MechanismTexts.All];

    public IReadOnlyList<PageText> LinkTexts { get; } = [MechanismTexts.Series];

    /// <summary>Every published year's sheet of each mechanism with data that year, in the series' order, in the dataset's order of editions.</summary>
    public IReadOnlyList<PageDescription> Pages(SitePlan plan, Dataset dataset) =>
    [
        .. plan.PublishedYears.SelectMany(year => Mechanisms(dataset, year).SelectMany(m => plan.PublishedEditions(year)
            .Select(edition => new PageDescription(SiteLayout.MechanismSheet(year, edition, m.Id), Kind, edition, year, m.Id)
            {
                YearsOf = Kind,
                Leaflet = plan.Leaflets ? SiteLayout.MechanismLeaflet(year, edition, m.Id) : null,
            }))),
    ];

    /// <summary>The mechanisms defined from data with a folder in the year, in the series' order.</summary>
    public static IEnumerable<MechanismDefinition> Mechanisms(Dataset dataset, int year) =>
        dataset.Years.TryGetValue(year, out var data)
            ? dataset.DefinedMechanisms.Where(m => data.Mechanisms.ContainsKey(m.Id)).OrderBy(m => m.Order).ThenBy(m => m.Id, StringComparer.Ordinal)
            : [];

    public Result<Produced> Produce(BuildContext context, ISiteSink sink)
    {
        var problems = new ConcurrentBag<Diagnostic>();
        var sheets = context.Plan.Sheets
            .SelectMany(s => Mechanisms(context.Dataset, s.Year).Select(m => (s.Year, s.Edition, Mechanism: m)))
            .ToList();
        context.Counter.Start(sheets.Count);
        var produced = sheets.AsParallel()
            .Select(sheet =>
            {
                var one = ProduceSheet(context, sheet.Mechanism, sheet.Year, sheet.Edition, sink, problems);
                context.Counter.Advance();
                return one;
            })
            .Aggregate(Produced.None, (a, b) => a + b);
        return problems.IsEmpty ? Result<Produced>.Ok(produced) : Result<Produced>.Failed(DiagnosticOrder.Sort(problems));
    }

    private static Produced ProduceSheet(BuildContext context, MechanismDefinition definition, int year, Edition edition, ISiteSink sink,
        ConcurrentBag<Diagnostic> problems)
    {
        var text = context.Texts[edition];
        var names = new EditionNames(context.Dataset, edition);
        var years = context.Series[definition.Id];
        var figures = years[year];
        var previous = years.Keys.Where(y => y < year).Select(y => years[y]).LastOrDefault();
        var charts = MechanismChartSet.Build(definition, figures, text, names);

        var path = SiteLayout.MechanismSheet(year, edition, definition.Id);
        var fontsUrl = SiteLayout.Relative(SiteLayout.MechanismFile(year, edition, definition.Id, SiteLayout.ChartFromSheet("chart")), SiteLayout.FontsFolder + "/");
        foreach (var chart in charts.All)
            sink.WriteText(SiteLayout.MechanismFile(year, edition, definition.Id, SiteLayout.ChartFromSheet(chart.Spec.Id)), chart.Chart.WriteFile(fontsUrl));

        var trends = SiteLayout.MechanismTrends(edition, definition.Id);
        var model = MechanismModel.Build(definition, context.Dataset.Years[year].Mechanisms[definition.Id], figures, previous, charts, text, names,
            context.Dataset.Config, LeafletLink.Href(context.Site[path])) with
        {
            Trends = context.Site.Find(trends) is null ? null
                : new PageLink(text.Text(MechanismTexts.TrendsLink, ("abbreviation", names.Of(definition.Abbreviation))), SiteLayout.Relative(path, trends)),
        };
        var page = context.Pages.Render("mechanism.html", "sheet", model, context.Frames.For(path, model.Title), edition);
        if (!page.Succeeded)
        {
            foreach (var problem in page.Problems) problems.Add(problem);
            return Produced.None;
        }
        sink.WriteText(path, page.Value!);
        sink.WriteText(SiteLayout.MechanismFile(year, edition, definition.Id, SiteLayout.IndicatorsJson), MechanismJsonWriter.Write(figures));
        sink.WriteText(SiteLayout.MechanismFile(year, edition, definition.Id, SiteLayout.IndicatorsCsv), MechanismCsvWriter.Write(figures));
        return new Produced(1, charts.All.Count, charts.All.Count + 3);
    }
}
