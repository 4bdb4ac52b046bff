using System.Globalization;
using Mcro.Build;
using Mcro.Diagnostics;
using Mcro.Downloads;
using Mcro.Localization;
using Mcro.Model;
using Mcro.Model.Mechanisms;
using Mcro.Producers.MechanismTrends.Views;
using Mcro.Rendering.Views;
using Mcro.Site;

namespace Mcro.Producers.MechanismTrends;

/// <summary>
/// The trends page of each mechanism defined from data (mechanism-trends.html, trends/sr/cc/index.html), in every edition
/// with a published year of its data: its figures of every year side by side, as a table and as charts, with the figures
/// of every year to download beside it (indicators.json, indicators.csv). The MOCR's trends page is <see cref="Trends.TrendsProducer"/>'s.
/// </summary>
public sealed class MechanismTrendsProducer : IPageProducer
{
    public const string Kind = SeriesKinds.MechanismTrends;

    public string Name => "mechanism trends";

    public IReadOnlyList<PageText> Texts { get; } = [.. SharedTexts.All, .. MechanismTrendsTexts.All];

    /// <summary>One page per defined mechanism and edition where a year of its data is published; its year switcher goes to the mechanism's sheets.</summary>
    public IReadOnlyList<PageDescription> Pages(SitePlan plan, Dataset dataset) =>
    [
        .. dataset.DefinedMechanisms.SelectMany(mechanism => plan.Editions
            .Where(edition => plan.PublishedYearsOf(edition).Any(year => dataset.Years.TryGetValue(year, out var data) && data.Mechanisms.ContainsKey(mechanism.Id)))
            .Select(edition => new PageDescription(SiteLayout.MechanismTrends(edition, mechanism.Id), Kind, edition, null, Subject: mechanism.Id)
            {
                YearsOf = SeriesKinds.MechanismSheet,
            })),
    ];

    public Result<Produced> Produce(BuildContext context, ISiteSink sink)
    {
        var produced = Produced.None;
        foreach (var page in context.Site.OfKind(Kind))
        {
            var mechanism = context.Dataset.FindMechanism(page.Subject!)!;
            var years = context.Series[mechanism.Id].Values.ToList();
            var one = ProducePage(context, page.Edition, mechanism, years, sink);
            if (!one.Succeeded) return one;
            produced += one.Value!;
        }
        return Result<Produced>.Ok(produced);
    }

    private static Result<Produced> ProducePage(BuildContext context, Edition edition, MechanismDefinition mechanism,
        IReadOnlyList<Indicators.Mechanisms.MechanismFigures> figures, ISiteSink sink)
    {
        var text = context.Texts[edition];
        var self = SiteLayout.MechanismTrends(edition, mechanism.Id);
        string File(string name) => SiteLayout.MechanismTrendsFile(edition, mechanism.Id, name);
        sink.WriteText(File(SiteLayout.IndicatorsJson), MechanismJsonWriter.WriteEveryYear(figures));
        sink.WriteText(File(SiteLayout.IndicatorsCsv), MechanismCsvWriter.WriteEveryYear(figures));

        var years = figures.Select(f => f.Year).ToList();
        var groups = MechanismTrendsModel.Groups(mechanism, figures, text);
        var fontsUrl = SiteLayout.Relative(File(SiteLayout.ChartFromSheet("chart")), SiteLayout.FontsFolder + "/");
        var charts = groups.Select(g => MechanismTrendsModel.Chart(g, years, text)).ToList();
        foreach (var chart in charts) sink.WriteText(File(chart.Src), chart.Chart.WriteFile(fontsUrl));

        var language = edition.DataLanguage;
        var title = text.Text(MechanismTrendsTexts.Title,
            ("name", edition.Script(mechanism.Plural[language])), ("abbreviation", edition.Script(mechanism.Abbreviation[language])),
            ("first", years[0].ToString(CultureInfo.InvariantCulture)), ("last", years[^1].ToString(CultureInfo.InvariantCulture)));
        var frame = context.Frames.For(self, title);
        var model = new MechanismTrendsPage(title, text.Text(MechanismTrendsTexts.Intro), text.Text(MechanismTrendsTexts.Sheets), frame.Years,
            MechanismTrendsModel.Table(groups, years, text), charts,
            DownloadSentence.Of(text, MechanismTrendsTexts.Download,
            [
                new FileLink("CSV", SiteLayout.IndicatorsCsv, "text/csv"),
                new FileLink("JSON", SiteLayout.IndicatorsJson, "application/json"),
            ]));
        var page = context.Pages.Render("mechanism-trends.html", "trends", model, frame, edition);
        if (!page.Succeeded) return Result<Produced>.Failed(page.Problems);
        sink.WriteText(self, page.Value!);
        return Result<Produced>.Ok(new Produced(1, charts.Count, charts.Count + 3));
    }
}
