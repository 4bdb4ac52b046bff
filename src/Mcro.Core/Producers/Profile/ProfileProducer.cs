using System.Collections.Concurrent;
using Mcro.Build;
using Mcro.Diagnostics;
using Mcro.Downloads;
using Mcro.Indicators;
using Mcro.Localization;
using Mcro.Model;
using Mcro.Site;

namespace Mcro.Producers.Profile;

/// <summary>
/// A profile for every municipality of municipalities.csv in every sheet built (year and edition): profile.html at
/// {year}/{edition}/municipalities/{code}/index.html, and for a MOCR its own figures beside it (figures.json, figures.csv,
/// its perOffice entry of the year's indicators). The figures are the year's, computed once for the whole build.
/// </summary>
public sealed class ProfileProducer : IPageProducer
{
    public const string Kind = "profile";

    public string Name => "profiles";

    public IReadOnlyList<PageText> Texts { get; } = [.. SharedTexts.All, .. ProfileTexts.All, .. ProfileMechanismTexts.All];

    /// <summary>
    /// Every published sheet has a profile of every municipality: year by year, municipality by municipality, each in the
    /// year's editions. Its year switcher goes to the same municipality's profile in the edition's other years.
    /// </summary>
    public IReadOnlyList<PageDescription> Pages(SitePlan plan, Dataset dataset) =>
    [
        .. plan.PublishedYears.SelectMany(year => dataset.Municipalities.SelectMany(m => plan.PublishedEditions(year)
            .Select(edition => new PageDescription(SiteLayout.Profile(year, edition, m.Code), Kind, edition, year, m.Code) { YearsOf = Kind }))),
    ];

    public Result<Produced> Produce(BuildContext context, ISiteSink sink)
    {
        var offices = context.Indicators.Values
            .SelectMany(y => y.PerOffice.Select(o => (y.Year, Office: o)))
            .ToDictionary(o => (o.Year, o.Office.Municipality), o => o.Office);
        var names = context.Plan.Editions.ToDictionary(e => e, e => new EditionNames(context.Dataset, e));
        // Written out once per sheet, not once per profile: in Cyrillic every note is transliterated.
        var notes = context.Plan.Sheets.ToDictionary(s => (s.Year, s.Edition),
            s => (IReadOnlyList<string>)[.. context.Dataset.Years[s.Year].Notes.Select(n => names[s.Edition].Of(n.Text))]);
        var problems = new ConcurrentBag<Diagnostic>();
        var profiles = context.Plan.Sheets
            .SelectMany(sheet => context.Dataset.Municipalities.Select(m => (sheet.Year, sheet.Edition, Municipality: m))).ToList();
        context.Counter.Start(profiles.Count);
        var produced = profiles
            .AsParallel().AsOrdered()
            .Select(p => Counted(context, ProduceProfile(context, offices, names[p.Edition], notes[(p.Year, p.Edition)], p.Year, p.Edition, p.Municipality, sink, problems)))
            .Aggregate(Produced.None, (a, b) => a + b);
        return problems.IsEmpty ? Result<Produced>.Ok(produced) : Result<Produced>.Failed(DiagnosticOrder.Sort(problems));
    }

    private static Produced Counted(BuildContext context, Produced produced)
    {
        context.Counter.Advance();
        return produced;
    }

    private static Produced ProduceProfile(BuildContext context, IReadOnlyDictionary<(int, string), OfficeFigures> offices,
        EditionNames names, IReadOnlyList<string> notesOfYear, int year, Edition edition, Municipality municipality, ISiteSink sink, ConcurrentBag<Diagnostic> problems)
    {
        var code = municipality.Code;
        var self = SiteLayout.Profile(year, edition, code);
        var model = ProfileModel.Build(context.Dataset, municipality, context.Indicators[year],
            y => offices.GetValueOrDefault((y, code)),
            y => context.Plan.IsPublished(y, edition) && context.Indicators.ContainsKey(y) ? SiteLayout.Relative(self, SiteLayout.Profile(y, edition, code)) : null,
            context.Texts[edition], names, notesOfYear, context.Series,
            id => context.Site.Find(SiteLayout.MechanismSheet(year, edition, id)) is { } sheet ? SiteLayout.Relative(self, sheet.Path) : null);
        var page = context.Pages.Render("profile.html", "profile", model, context.Frames.For(self, model.Title), edition);
        if (!page.Succeeded)
        {
            foreach (var problem in page.Problems) problems.Add(problem);
            return Produced.None;
        }
        sink.WriteText(self, page.Value!);
        if (offices.GetValueOrDefault((year, code)) is not { } office) return new Produced(1, 0, 1);
        // A MOCR-only dataset's figures stay as they were: "mechanisms" only where the series has data that year.
        var mechanisms = ProfileMechanismFigures.Of(context.Dataset, code, year, context.Series);
        sink.WriteText(SiteLayout.ProfileFile(year, edition, code, SiteLayout.ProfileJson),
            IndicatorsJsonWriter.WriteOffice(year, office, mechanisms.Count == 0 ? null : json => ProfileMechanismFigures.WriteJson(json, mechanisms)));
        sink.WriteText(SiteLayout.ProfileFile(year, edition, code, SiteLayout.ProfileCsv),
            IndicatorsCsvWriter.WriteOffice(year, office) + ProfileMechanismFigures.CsvRows(year, code, mechanisms));
        return new Produced(1, model.History.Chart is null ? 0 : 1, 3);
    }
}
