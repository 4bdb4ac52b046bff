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
        var mocrs = text.Text(SharedTexts.NumberOfMocrs);
        var yesNo = ImmutableArray.Create(text.Text(SharedTexts.AnswerYes), text.Text(SharedTexts.AnswerNo));
        var communities = figures.Staff.ByCommunity.Select(c => names.Community(c.Community)).ToImmutableArray();

        // In a description the answers stand mid-sentence, so they come in lower case: "Da: 30 OKZP; ne: 5 OKZP."
        var answers = ImmutableArray.Create(text.Text(SheetTexts.AnswerYesDescription), text.Text(SheetTexts.AnswerNoDescription));
        string Mocrs(int series, long count) => text.Plural(SharedTexts.Mocrs, count);
        string Staff(int series, long count) => text.Plural(SharedTexts.StaffCount, count);
        string Gender(int series, long count) => text.Plural(series == 0 ? SharedTexts.WomenCount : SharedTexts.MenCount, count);
        string Task(int series, long count) =>
            text.Plural(series switch { 0 => SheetTexts.Performed, 1 => SheetTexts.NotPerformed, _ => SheetTexts.Excluded }, count);
        Func<int, string> Named(ImmutableArray<string> labels) => i => labels[i];
        var staffAxis = text.Text(SharedTexts.NumberOfStaff);

        FigureChart YesNo(string id, PageText title, YesNoCount count) => new(
            Draw(text, id, ChartKind.Columns, text.Text(title, year), text.Text(SharedTexts.Answer), mocrs, yesNo,
                [new ChartSeries(mocrs, [count.Yes, count.No])], Named(answers), Mocrs),
            ShareColumn: true, TotalColumn: false, TotalRow: true);

        var gender = new FigureChart(
            Draw(text, "gender-by-community", ChartKind.StackedColumns, text.Text(SheetTexts.GenderByCommunityTitle),
                text.Text(SharedTexts.Community), staffAxis, communities,
                [
                    new ChartSeries(text.Text(SharedTexts.Women), figures.Staff.ByCommunity.Select(c => c.Female).ToImmutableArray()),
                    new ChartSeries(text.Text(SharedTexts.Men), figures.Staff.ByCommunity.Select(c => c.Male).ToImmutableArray()),
                ], Named(communities), Gender),
            ShareColumn: false, TotalColumn: true, TotalRow: true);

        var staff = new FigureChart(
            Draw(text, "staff-by-community", ChartKind.Columns, text.Text(SheetTexts.CommunityRepresentationTitle),
                text.Text(SharedTexts.Community), staffAxis, communities,
                [new ChartSeries(text.Text(SharedTexts.Staff), figures.Staff.ByCommunity.Select(c => c.Total).ToImmutableArray())],
                Named(communities), Staff),
            ShareColumn: true, TotalColumn: false, TotalRow: true);

        // One chart for the eight tasks: the bars side by side compare tasks at a glance, which eight charts cannot.
        var taskNames = figures.Tasks.Select(t => names.Task(t.Task)).ToImmutableArray();
        var tasks = new FigureChart(
            Draw(text, "core-tasks", ChartKind.StackedBars, text.Text(SheetTexts.CoreTasksTitle),
                text.Text(SharedTexts.Task), mocrs, taskNames,
                [
                    new ChartSeries(yesNo[0], figures.Tasks.Select(t => t.Performed).ToImmutableArray()),
                    new ChartSeries(yesNo[1], figures.Tasks.Select(t => t.NotPerformed).ToImmutableArray()),
                    .. figures.Tasks.Any(t => t.Excluded.Length > 0)
                        ? [new ChartSeries(text.Text(SharedTexts.Excluded), figures.Tasks.Select(t => t.Excluded.Length).ToImmutableArray())]
                        : Array.Empty<ChartSeries>(),
                ], Named(taskNames), Task),
            ShareColumn: false, TotalColumn: true, TotalRow: false);

        var distribution = new FigureChart(
            Draw(text, "tasks-performed", ChartKind.Columns, text.Text(SheetTexts.TasksPerformedTitle),
                text.Text(SharedTexts.TasksPerformed), mocrs,
                Enumerable.Range(0, figures.TasksPerformed.Distribution.Length).Select(n => text.Edition.Numbers.Integer(n)).ToImmutableArray(),
                [new ChartSeries(mocrs, figures.TasksPerformed.Distribution)], n => text.Plural(SharedTexts.Tasks, n), Mocrs),
            ShareColumn: true, TotalColumn: false, TotalRow: true);

        return new SheetChartSet(
            YesNo("work-plans", SheetTexts.WorkPlansTitle, figures.WorkPlans),
            YesNo("annual-reports", SheetTexts.AnnualReportsTitle, figures.AnnualReports),
            gender, staff, tasks, distribution);
    }

    private static DrawnChart Draw(TextCatalog text, string id, ChartKind kind, string title, string categoryAxis, string valueAxis,
        ImmutableArray<string> categories, ImmutableArray<ChartSeries> series, Func<int, string> category, Func<int, long, string> value) =>
        DrawnChart.Of(new ChartSpec(id, text.Edition.Language, kind, title, ChartDescription.Of(categories, series, category, value),
            categoryAxis, valueAxis, categories, series, text.Edition.Numbers));
}
