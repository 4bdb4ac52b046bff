using System.Collections.Immutable;
using System.Globalization;
using Mcro.Indicators;
using Mcro.Charts;
using Mcro.Localization;
using Mcro.Producers.Figures;

namespace Mcro.Producers.Sheet;

/// <summary>Decides which charts a sheet has, fills them with one edition's words and one year's figures, and lays each out once.</summary>
public static class SheetCharts
{
    public static SheetChartSet Build(YearIndicators figures, TextCatalog text, EditionNames names)
    {
        var year = ("year", figures.Year.ToString(CultureInfo.InvariantCulture));
        var mocrs = text.Text("labels.number_of_mocrs");
        var yesNo = ImmutableArray.Create(text.Text("labels.answer_yes"), text.Text("labels.answer_no"));
        var communities = figures.Staff.ByCommunity.Select(c => names.Community(c.Community)).ToImmutableArray();

        // In a description the answers stand mid-sentence, so they come in lower case: "Da: 30 OKZP; ne: 5 OKZP."
        var answers = ImmutableArray.Create(text.Text("descriptions.answer_yes"), text.Text("descriptions.answer_no"));
        string Mocrs(int series, long count) => text.Plural("counts.mocrs", count);
        string Staff(int series, long count) => text.Plural("counts.staff", count);
        string Gender(int series, long count) => text.Plural(series == 0 ? "counts.women" : "counts.men", count);
        string Task(int series, long count) =>
            text.Plural(series switch { 0 => "descriptions.performed", 1 => "descriptions.not_performed", _ => "descriptions.excluded" }, count);
        Func<int, string> Named(ImmutableArray<string> labels) => i => labels[i];
        var staffAxis = text.Text("labels.number_of_staff");

        FigureChart YesNo(string id, string key, YesNoCount count) => new(
            Draw(text, id, ChartKind.Columns, text.Text(key, year), text.Text("labels.answer"), mocrs, yesNo,
                [new ChartSeries(mocrs, [count.Yes, count.No])], Named(answers), Mocrs),
            ShareColumn: true, TotalColumn: false, TotalRow: true);

        var gender = new FigureChart(
            Draw(text, "gender-by-community", ChartKind.StackedColumns, text.Text("charts.gender_by_community.title"),
                text.Text("labels.community"), staffAxis, communities,
                [
                    new ChartSeries(text.Text("labels.women"), figures.Staff.ByCommunity.Select(c => c.Female).ToImmutableArray()),
                    new ChartSeries(text.Text("labels.men"), figures.Staff.ByCommunity.Select(c => c.Male).ToImmutableArray()),
                ], Named(communities), Gender),
            ShareColumn: false, TotalColumn: true, TotalRow: true);

        var staff = new FigureChart(
            Draw(text, "staff-by-community", ChartKind.Columns, text.Text("charts.community_representation.title"),
                text.Text("labels.community"), staffAxis, communities,
                [new ChartSeries(text.Text("labels.staff"), figures.Staff.ByCommunity.Select(c => c.Total).ToImmutableArray())],
                Named(communities), Staff),
            ShareColumn: true, TotalColumn: false, TotalRow: true);

        // One chart for the eight tasks: the bars side by side compare tasks at a glance, which eight charts cannot.
        var taskNames = figures.Tasks.Select(t => names.Task(t.Task)).ToImmutableArray();
        var tasks = new FigureChart(
            Draw(text, "core-tasks", ChartKind.StackedBars, text.Text("charts.core_tasks.title"),
                text.Text("labels.task"), mocrs, taskNames,
                [
                    new ChartSeries(yesNo[0], figures.Tasks.Select(t => t.Performed).ToImmutableArray()),
                    new ChartSeries(yesNo[1], figures.Tasks.Select(t => t.NotPerformed).ToImmutableArray()),
                    .. figures.Tasks.Any(t => t.Excluded.Length > 0)
                        ? [new ChartSeries(text.Text("labels.excluded"), figures.Tasks.Select(t => t.Excluded.Length).ToImmutableArray())]
                        : Array.Empty<ChartSeries>(),
                ], Named(taskNames), Task),
            ShareColumn: false, TotalColumn: true, TotalRow: false);

        var distribution = new FigureChart(
            Draw(text, "tasks-performed", ChartKind.Columns, text.Text("charts.tasks_performed.title"),
                text.Text("labels.tasks_performed"), mocrs,
                Enumerable.Range(0, figures.TasksPerformed.Distribution.Length).Select(n => text.Edition.Numbers.Integer(n)).ToImmutableArray(),
                [new ChartSeries(mocrs, figures.TasksPerformed.Distribution)], n => text.Plural("counts.tasks", n), Mocrs),
            ShareColumn: true, TotalColumn: false, TotalRow: true);

        return new SheetChartSet(
            YesNo("work-plans", "charts.work_plans.title", figures.WorkPlans),
            YesNo("annual-reports", "charts.annual_reports.title", figures.AnnualReports),
            gender, staff, tasks, distribution);
    }

    private static DrawnChart Draw(TextCatalog text, string id, ChartKind kind, string title, string categoryAxis, string valueAxis,
        ImmutableArray<string> categories, ImmutableArray<ChartSeries> series, Func<int, string> category, Func<int, long, string> value) =>
        DrawnChart.Of(new ChartSpec(id, text.Edition.Language, kind, title, ChartDescription.Of(categories, series, category, value),
            categoryAxis, valueAxis, categories, series, text.Edition.Numbers));
}
