using System.Collections.Immutable;
using System.Globalization;
using Mcro.Build;
using Mcro.Indicators;
using Mcro.Indicators.Mechanisms;
using Mcro.Localization;
using Mcro.Model;
using Mcro.Model.Mechanisms;
using Mcro.Producers.Landing.Views;
using Mcro.Site;

namespace Mcro.Producers.Landing;

/// <summary>
/// The series on a landing page: every mechanism the dataset defines, in the definitions' order (the MOCR first), linking
/// only the pages the site holds (<see cref="SitePages"/>). A dataset that defines no mechanism has no series: its landing
/// page stays as it was before the series.
/// </summary>
public static class SeriesModel
{
    public static IReadOnlyList<SeriesEntry> Entries(BuildContext context, Edition edition, string self) =>
        Entries(context.Dataset, context.Site, context.Indicators, context.Series, context.Plan.PublishedYearsOf(edition), context.Texts[edition], self);

    /// <param name="published">The years published in the page's edition: a headline is of the latest of them with the mechanism's data.</param>
    public static IReadOnlyList<SeriesEntry> Entries(Dataset dataset, SitePages site, IReadOnlyDictionary<int, YearIndicators> offices,
        IReadOnlyDictionary<string, ImmutableSortedDictionary<int, MechanismFigures>> series, IReadOnlyList<int> published, TextCatalog text, string self)
    {
        var edition = text.Edition;
        var language = edition.DataLanguage;
        return [.. dataset.Mechanisms.Select(m =>
        {
            var (sheetKind, trendsKind, subject) = m.IsOffices
                ? (Sheet.SheetProducer.Kind, Trends.TrendsProducer.Kind, (string?)null)
                : (SeriesKinds.MechanismSheet, SeriesKinds.MechanismTrends, m.Id);
            var sheets = site.OfKind(sheetKind).Where(p => p.Edition == edition && p.Subject == subject && p.Year is not null)
                .OrderBy(p => p.Year)
                .Select(p => new SeriesLink(p.Year!.Value.ToString(CultureInfo.InvariantCulture), SiteLayout.Relative(self, p.Path)))
                .ToList();
            var trends = site.OfKind(trendsKind).FirstOrDefault(p => p.Edition == edition && p.Subject == subject);
            var abbreviation = edition.Script(m.Abbreviation[language]);
            return new SeriesEntry(m.Id, edition.Script(m.Plural[language]), abbreviation, edition.Script(FirstSentence.Of(m.Mandate[language])),
                Headline(m, offices, series, published, text, abbreviation), sheets)
            {
                Trends = trends is null ? null : new SeriesLink(text.Text(SeriesLandingTexts.Trends), SiteLayout.Relative(self, trends.Path)),
            };
        })];
    }

    /// <summary>"2020: …": the latest published year's establishment, the MOCR's as its sheet says it; empty without a published year.</summary>
    private static string Headline(MechanismDefinition mechanism, IReadOnlyDictionary<int, YearIndicators> offices,
        IReadOnlyDictionary<string, ImmutableSortedDictionary<int, MechanismFigures>> series, IReadOnlyList<int> published, TextCatalog text, string abbreviation)
    {
        var years = mechanism.IsOffices ? offices.Keys : series.TryGetValue(mechanism.Id, out var own) ? own.Keys : [];
        var latest = years.Where(published.Contains).DefaultIfEmpty(0).Max();
        if (latest == 0) return "";
        string figure;
        if (mechanism.IsOffices)
        {
            var y = offices[latest];
            figure = text.Plural(SeriesLandingTexts.OfficesEstablished, y.Offices, ("total", text.Edition.Numbers.Integer(y.Municipalities)));
        }
        else
        {
            var e = series[mechanism.Id][latest].Establishment;
            figure = text.Plural(SeriesLandingTexts.Established, e.Established, ("total", text.Edition.Numbers.Integer(e.Municipalities)), ("abbreviation", abbreviation));
        }
        return text.Text(SeriesLandingTexts.Latest, ("year", latest.ToString(CultureInfo.InvariantCulture)), ("figure", figure));
    }
}
