using System.Globalization;
using Mcro.Indicators;
using Mcro.Localization;
using Mcro.Model;
using Mcro.Producers.Sheet.Views;
using Mcro.Site;

namespace Mcro.Producers.Sheet;

/// <summary>Every MOCR of a year at a glance on its sheet, from the year's per-office figures.</summary>
public static class GlanceModel
{
    /// <param name="municipalities">Every municipality of municipalities.csv: those without a MOCR that year are listed under the table.</param>
    public static GlanceSection Build(YearIndicators figures, IReadOnlyList<CoreTask> tasks, IReadOnlyList<Municipality> municipalities, TextCatalog text, EditionNames names)
    {
        var edition = text.Edition;
        var sheet = SiteLayout.Sheet(figures.Year, edition);
        var yes = new GlanceMark("yes", text.Text(SharedTexts.AnswerYes));
        var no = new GlanceMark("no", text.Text(SharedTexts.AnswerNo));
        var excluded = new GlanceMark("excluded", text.Text(SheetTexts.GlanceExcluded));
        var collation = new EditionCollation(edition);
        var rows = figures.PerOffice
            .Select(o => (Office: o, Name: names.Municipality(o.Municipality)))
            .OrderBy(o => o.Name, collation)
            .Select(o => new GlanceRow(
                o.Name,
                SiteLayout.Relative(sheet, SiteLayout.Profile(figures.Year, edition, o.Office.Municipality)),
                o.Office.WorkPlan == Answer.Yes ? yes : no,
                o.Office.AnnualReport == Answer.Yes ? yes : no,
                [.. o.Office.TaskAnswers.Select(a => a.Answer switch { Answer.Yes => yes, Answer.No => no, _ => excluded })],
                o.Office.ExcludedFromAll
                    ? "–"
                    : edition.Numbers.Integer(o.Office.TasksPerformed)))
            .ToList();
        var offices = figures.PerOffice.Select(o => o.Municipality).ToHashSet(StringComparer.Ordinal);
        var others = municipalities
            .Where(m => !offices.Contains(m.Code))
            .Select(m => (m, Name: names.Municipality(m.Code)))
            .OrderBy(o => o.Name, collation)
            .Select(o => new GlanceOther(o.Name, SiteLayout.Relative(sheet, SiteLayout.Profile(figures.Year, edition, o.m.Code)),
                text.Text(o.m.HasSimilarOfficeIn(figures.Year) ? SharedTexts.HistorySimilar : SharedTexts.HistoryNone)))
            .ToList();
        return new GlanceSection(
            text.Text(SheetTexts.GlanceHeading, ("year", figures.Year.ToString(CultureInfo.InvariantCulture))),
            text.Text(SheetTexts.GlanceIntro),
            text.Text(SheetTexts.GlanceMunicipality),
            text.Text(SharedTexts.WorkPlan),
            text.Text(SharedTexts.AnnualReport),
            text.Text(SharedTexts.TasksPerformed),
            [.. tasks.Select((t, i) => new GlanceTask((i + 1).ToString(CultureInfo.InvariantCulture), names.Task(t.Key)))],
            rows,
            [new GlanceMark("yes", text.Text(SheetTexts.LegendYes)), new GlanceMark("no", text.Text(SheetTexts.LegendNo)), new GlanceMark("excluded", text.Text(SheetTexts.LegendExcluded))],
            text.Text(SheetTexts.TasksLegend))
        {
            OthersHeading = others.Count == 0 ? "" : text.Text(SheetTexts.GlanceOthers, ("year", figures.Year.ToString(CultureInfo.InvariantCulture))),
            Others = others,
        };
    }
}
