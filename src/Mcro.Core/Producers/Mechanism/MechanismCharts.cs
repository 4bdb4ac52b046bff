using System.Collections.Immutable;
using System.Globalization;
using Mcro.Charts;
using Mcro.Indicators.Mechanisms;
using Mcro.Localization;
using Mcro.Model.Mechanisms;
using Mcro.Producers.Figures;

namespace Mcro.Producers.Mechanism;

/// <summary>
/// The charts of a mechanism's sheet, one per kind of data its definition has, each laid out once: the page inlines it and
/// its file is written from the same drawing. Every label is the definition's or the frame's, never a mechanism's in C#.
/// </summary>
public sealed record MechanismChartSet(FigureChart Establishment, FigureChart? Functioning, FigureChart? People, FigureChart? Representation, FigureChart? Duties)
{
    public IReadOnlyList<FigureChart> All => [.. new[] { Establishment, Functioning, People, Representation, Duties }.OfType<FigureChart>()];

    public static MechanismChartSet Build(MechanismDefinition definition, MechanismFigures figures, TextCatalog text, EditionNames names)
    {
        var year = ("year", figures.Year.ToString(CultureInfo.InvariantCulture));
        var numberOf = text.Text(MechanismTexts.NumberOfMunicipalities);
        Func<int, string> Named(ImmutableArray<string> labels) => i => labels[i];
        string Municipalities(int series, long count) => text.Plural(MechanismTexts.DescribeMunicipalities, count);

        // A question chart leaves the excluded series out when nobody was left out: a bar of zeros says nothing.
        FigureChart? Questions(string id, MechanismSection section, PageText title, PageText axis, ImmutableArray<MechanismQuestion> asked, ImmutableArray<QuestionFigures> answered)
        {
            if (!definition.Has(section) || asked.IsEmpty) return null;
            var labels = asked.Select(q => names.Of(q.Label)).ToImmutableArray();
            var excluded = answered.Any(q => q.Excluded > 0);
            ImmutableArray<ChartSeries> series =
            [
                new(text.Text(SharedTexts.AnswerYes), [.. answered.Select(q => q.Yes)]),
                new(text.Text(SharedTexts.AnswerNo), [.. answered.Select(q => q.No)]),
                .. excluded ? [new ChartSeries(text.Text(SharedTexts.Excluded), [.. answered.Select(q => q.Excluded)])] : Array.Empty<ChartSeries>(),
            ];
            string Answer(int s, long count) => text.Plural(s switch { 0 => MechanismTexts.DescribeYes, 1 => MechanismTexts.DescribeNo, _ => MechanismTexts.DescribeExcluded }, count);
            return new FigureChart(Draw(text, id, ChartKind.StackedBars, text.Text(title, year), text.Text(axis), numberOf, labels, series, Named(labels), Answer),
                ShareColumn: false, TotalColumn: true, TotalRow: false);
        }

        return new MechanismChartSet(
            EstablishmentChart(definition, figures, text, year, numberOf, Named),
            Questions("functioning", MechanismSection.Functioning, MechanismTexts.FunctioningChart, MechanismTexts.Indicator, definition.Indicators, figures.Indicators),
            PeopleChart(definition, figures, text, names, Named),
            RepresentationChart(definition, figures, text, names, year, numberOf, Named, Municipalities),
            Questions("duties", MechanismSection.Duties, MechanismTexts.DutiesChart, MechanismTexts.Duty, definition.Duties, figures.Duties));
    }

    /// <summary>Established, vacant and not established, where the law requires the mechanism and where it does not (a category only where it has municipalities).</summary>
    private static FigureChart EstablishmentChart(MechanismDefinition definition, MechanismFigures figures, TextCatalog text, (string, string) year,
        string numberOf, Func<ImmutableArray<string>, Func<int, string>> named)
    {
        var groups = new List<(string Label, List<Indicators.Mechanisms.MunicipalityMechanism> Of)>();
        var mandatory = figures.Municipalities.Where(m => m.Mandatory).ToList();
        var optional = figures.Municipalities.Where(m => !m.Mandatory).ToList();
        if (definition.Mandatory.Where == MandatoryWhere.Threshold)
        {
            if (mandatory.Count > 0) groups.Add((text.Text(MechanismTexts.WhereMandatory), mandatory));
            if (optional.Count > 0) groups.Add((text.Text(MechanismTexts.WhereOptional), optional));
        }
        else groups.Add((text.Text(MechanismTexts.EveryMunicipality), [.. figures.Municipalities]));

        var categories = groups.Select(g => g.Label).ToImmutableArray();
        var vacant = figures.Establishment.Vacant > 0;
        ImmutableArray<ChartSeries> series =
        [
            new(text.Text(MechanismTexts.SeriesEstablished), [.. groups.Select(g => g.Of.Count(m => m.Status == MechanismStatus.Yes))]),
            .. vacant ? [new ChartSeries(text.Text(MechanismTexts.SeriesVacant), [.. groups.Select(g => g.Of.Count(m => m.Status == MechanismStatus.Vacant))])] : Array.Empty<ChartSeries>(),
            new(text.Text(MechanismTexts.SeriesNotEstablished), [.. groups.Select(g => g.Of.Count(m => !m.Status.IsEstablished()))]),
        ];
        var kinds = vacant
            ? new[] { MechanismTexts.DescribeEstablished, MechanismTexts.DescribeVacant, MechanismTexts.DescribeNotEstablished }
            : [MechanismTexts.DescribeEstablished, MechanismTexts.DescribeNotEstablished];
        return new FigureChart(
            Draw(text, "establishment", ChartKind.StackedBars, text.Text(MechanismTexts.EstablishmentChart, year),
                text.Text(definition.Mandatory.Where == MandatoryWhere.Threshold ? MechanismTexts.ListMandatory : MechanismTexts.Municipalities), numberOf,
                categories, series, named(categories), (s, count) => text.Plural(kinds[s], count)),
            ShareColumn: false, TotalColumn: true, TotalRow: groups.Count > 1);
    }

    private static FigureChart? PeopleChart(MechanismDefinition definition, MechanismFigures figures, TextCatalog text, EditionNames names,
        Func<ImmutableArray<string>, Func<int, string>> named)
    {
        if (!definition.Has(MechanismSection.People)) return null;
        var communities = figures.People.ByCommunity.Select(c => names.Community(c.Community)).ToImmutableArray();
        return new FigureChart(
            Draw(text, "people", ChartKind.StackedColumns, text.Text(MechanismTexts.PeopleChart, ("label", names.Of(definition.People.Label))),
                text.Text(SharedTexts.Community), text.Text(MechanismTexts.NumberOfPeople), communities,
                [
                    new ChartSeries(text.Text(SharedTexts.Women), [.. figures.People.ByCommunity.Select(c => c.Women)]),
                    new ChartSeries(text.Text(SharedTexts.Men), [.. figures.People.ByCommunity.Select(c => c.Men)]),
                ], named(communities), (s, count) => text.Plural(s == 0 ? SharedTexts.WomenCount : SharedTexts.MenCount, count)),
            ShareColumn: false, TotalColumn: true, TotalRow: true);
    }

    private static FigureChart? RepresentationChart(MechanismDefinition definition, MechanismFigures figures, TextCatalog text, EditionNames names,
        (string, string) year, string numberOf, Func<ImmutableArray<string>, Func<int, string>> named, Func<int, long, string> municipalities)
    {
        if (!definition.Has(MechanismSection.Representation) || figures.NotRepresented.IsEmpty) return null;
        var communities = figures.NotRepresented.Select(n => names.Community(n.Community)).ToImmutableArray();
        return new FigureChart(
            Draw(text, "representation", ChartKind.Columns, text.Text(MechanismTexts.RepresentationChart, year),
                text.Text(SharedTexts.Community), numberOf, communities,
                [new ChartSeries(text.Text(MechanismTexts.Municipalities), [.. figures.NotRepresented.Select(n => n.Count)])],
                named(communities), municipalities),
            ShareColumn: false, TotalColumn: false, TotalRow: false);
    }

    private static DrawnChart Draw(TextCatalog text, string id, ChartKind kind, string title, string categoryAxis, string valueAxis,
        ImmutableArray<string> categories, ImmutableArray<ChartSeries> series, Func<int, string> category, Func<int, long, string> value) =>
        DrawnChart.Of(new ChartSpec(id, text.Edition.Language, kind, title, ChartDescription.Of(categories, series, category, value),
            categoryAxis, valueAxis, categories, series, text.Edition.Numbers));
}
