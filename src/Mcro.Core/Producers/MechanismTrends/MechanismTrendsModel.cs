using System.Collections.Immutable;
using System.Globalization;
using Mcro.Charts;
using Mcro.Indicators.Mechanisms;
using Mcro.Localization;
using Mcro.Model.Mechanisms;
using Mcro.Producers.Figures;
using Mcro.Producers.MechanismTrends.Views;
using Mcro.Rendering.Views;

namespace Mcro.Producers.MechanismTrends;

/// <summary>One figure of a mechanism over its years: a row of the table, a line of a chart.</summary>
public sealed record TrendLine(string Label, ImmutableArray<int> Values);

/// <summary>How a group is drawn: counts out of the municipalities year by year, one answer per question, people over the years.</summary>
public enum TrendShape
{
    /// <summary>Columns per year, a column per figure, on an axis that reaches every municipality; the first line (all municipalities) is the table's only.</summary>
    Establishment,

    /// <summary>Horizontal bars per question (its label is long), a bar per year.</summary>
    Questions,

    /// <summary>A line per figure over the years.</summary>
    Lines,
}

/// <summary>The figures of one part of a mechanism's sheets over its years: one table group and one chart.</summary>
public sealed record TrendGroup(string Id, string Heading, string Axis, TrendShape Shape, IReadOnlyList<TrendLine> Lines);

/// <summary>
/// A mechanism's figures of every year, as its trends page shows them: establishment (out of every municipality, where
/// mandatory, established where mandatory), each functioning indicator's yes, its people (women, men), each duty's yes.
/// A part the definition does not have (no indicators, no duties) is left out.
/// </summary>
public static class MechanismTrendsModel
{
    /// <param name="years">The mechanism's figures of each year with data, oldest first.</param>
    public static IReadOnlyList<TrendGroup> Groups(MechanismDefinition mechanism, IReadOnlyList<MechanismFigures> years, TextCatalog text)
    {
        var edition = text.Edition;
        string Label(Model.LocalizedText words) => edition.Script(words[edition.DataLanguage]);
        TrendLine Line(string label, Func<MechanismFigures, int> value) => new(label, [.. years.Select(value)]);
        static int Yes(ImmutableArray<QuestionFigures> questions, string key) => questions.FirstOrDefault(q => q.Key == key)?.Yes ?? 0;
        var municipalities = text.Text(MechanismTrendsTexts.MunicipalitiesAxis);

        List<TrendGroup> groups =
        [
            new("establishment", text.Text(MechanismTrendsTexts.Establishment), municipalities, TrendShape.Establishment,
            [
                Line(text.Text(MechanismTrendsTexts.Municipalities), f => f.Establishment.Municipalities),
                Line(text.Text(MechanismTrendsTexts.Established), f => f.Establishment.Established),
                Line(text.Text(MechanismTrendsTexts.Mandatory), f => f.Establishment.Mandatory),
                Line(text.Text(MechanismTrendsTexts.EstablishedMandatory), f => f.Establishment.EstablishedMandatory),
            ]),
        ];
        if (mechanism.Indicators.Length > 0)
        {
            groups.Add(new("functioning", text.Text(MechanismTrendsTexts.Functioning), municipalities, TrendShape.Questions,
                [.. mechanism.Indicators.Select(q => Line(Label(q.Label), f => Yes(f.Indicators, q.Key)))]));
        }
        if (mechanism.Has(MechanismSection.People))
        {
            groups.Add(new("people", Label(mechanism.People.Label), text.Text(MechanismTrendsTexts.PeopleAxis), TrendShape.Lines,
            [
                Line(text.Text(SharedTexts.Total), f => f.People.Total),
                Line(text.Text(SharedTexts.Women), f => f.People.Women),
                Line(text.Text(SharedTexts.Men), f => f.People.Men),
            ]));
        }
        if (mechanism.Duties.Length > 0)
        {
            groups.Add(new("duties", text.Text(MechanismTrendsTexts.Duties), municipalities, TrendShape.Questions,
                [.. mechanism.Duties.Select(q => Line(Label(q.Label), f => Yes(f.Duties, q.Key)))]));
        }
        return groups;
    }

    /// <summary>Every group as rows of the table, every year a column, in the edition's numbers.</summary>
    public static TrendsTable Table(IReadOnlyList<TrendGroup> groups, IReadOnlyList<int> years, TextCatalog text) => new(
        text.Text(MechanismTrendsTexts.Table),
        text.Text(MechanismTrendsTexts.Figure),
        [.. years.Select(y => y.ToString(CultureInfo.InvariantCulture))],
        [.. groups.Select(g => new TrendsGroup(g.Heading, [.. g.Lines.Select(l => new TableRow(l.Label, [.. l.Values.Select(v => text.Edition.Numbers.Integer(v))]))]))]);

    /// <summary>A group as a chart of its shape, with its data table: a row per year, or per question.</summary>
    public static Figure Chart(TrendGroup group, IReadOnlyList<int> years, TextCatalog text)
    {
        var numbers = text.Edition.Numbers;
        ImmutableArray<string> labels = [.. years.Select(y => y.ToString(CultureInfo.InvariantCulture))];
        var yearAxis = text.Text(SharedTexts.TrendsYear);
        var spec = group.Shape switch
        {
            TrendShape.Questions => new ChartSpec(group.Id, text.Edition.Language, ChartKind.Bars, group.Heading, "", text.Text(MechanismTrendsTexts.Figure), group.Axis,
                [.. group.Lines.Select(l => l.Label)],
                [.. labels.Select((year, i) => new ChartSeries(year, [.. group.Lines.Select(l => l.Values[i])]))], numbers),
            TrendShape.Establishment => new ChartSpec(group.Id, text.Edition.Language, ChartKind.Columns, group.Heading, "", yearAxis, group.Axis,
                labels, [.. group.Lines.Skip(1).Select(l => new ChartSeries(l.Label, l.Values))], numbers)
            {
                AxisAtLeast = group.Lines[0].Values.DefaultIfEmpty(0).Max(),
            },
            _ => new ChartSpec(group.Id, text.Edition.Language, ChartKind.Line, group.Heading, "", yearAxis, group.Axis,
                labels, [.. group.Lines.Select(l => new ChartSeries(l.Label, l.Values))], numbers),
        };
        var description = ChartDescription.Of(spec.Categories, spec.Series, i => spec.Categories[i],
            (s, v) => text.Text(MechanismTrendsTexts.Point, ("figure", spec.Series[s].Name), ("value", numbers.Integer(v))));
        var chart = DrawnChart.Of(spec with { Description = description });
        return FigureBuilder.Build(new FigureChart(chart, ShareColumn: false, TotalColumn: false, TotalRow: false), text, []);
    }
}
