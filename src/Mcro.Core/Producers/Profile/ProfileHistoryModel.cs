using System.Collections.Immutable;
using System.Globalization;
using Mcro.Charts;
using Mcro.Indicators;
using Mcro.Localization;
using Mcro.Model;
using Mcro.Producers.Profile.Views;

namespace Mcro.Producers.Profile;

/// <summary>A municipality over every year in the data up to the profile's (a page never changes because a later year was added): a row per year, and its MOCR's tasks performed as a column chart.</summary>
public static class ProfileHistoryModel
{
    public const string ChartId = "profile-history";

    /// <param name="officeIn">The municipality's MOCR figures in a year, or null when it had none.</param>
    /// <param name="hrefOf">That year's profile in this edition, relative to this one; null when the site does not hold it.</param>
    /// <param name="taskCount">The number of core tasks: the chart's axis goes that far.</param>
    public static ProfileHistory Build(Municipality municipality, int current, IReadOnlyList<int> years, Func<int, OfficeFigures?> officeIn,
        Func<int, string?> hrefOf, TextCatalog text, int taskCount)
    {
        var numbers = text.Edition.Numbers;
        const string none = "–";
        var rows = new List<ProfileYear>();
        var chartYears = new List<string>();
        var chartValues = new List<int>();
        foreach (var year in years)
        {
            var label = year.ToString(CultureInfo.InvariantCulture);
            var office = officeIn(year);
            if (office is null)
            {
                var status = text.Text(municipality.HasSimilarOfficeIn(year) ? SharedTexts.HistorySimilar : SharedTexts.HistoryNone);
                rows.Add(new ProfileYear(label, hrefOf(year), year == current, status, none, none));
                continue;
            }
            var assessed = office.TasksAssessed;
            var tasks = assessed == 0
                ? text.Text(ProfileTexts.HistoryExcluded)
                : text.Text(ProfileTexts.CountOf, ("count", numbers.Integer(office.TasksPerformed)), ("total", numbers.Integer(assessed)));
            if (assessed > 0)
            {
                chartYears.Add(label);
                chartValues.Add(office.TasksPerformed);
            }
            rows.Add(new ProfileYear(label, hrefOf(year), year == current, tasks, YesNo(office.WorkPlan, text), YesNo(office.AnnualReport, text)));
        }

        var title = text.Text(ProfileTexts.HistoryChart);
        var columns = new[] { text.Text(SharedTexts.TrendsYear), text.Text(SharedTexts.TasksPerformed), text.Text(SharedTexts.WorkPlan), text.Text(SharedTexts.AnnualReport) };
        if (chartYears.Count == 0) return new ProfileHistory(text.Text(ProfileTexts.HistoryHeading), title, "", null, columns, rows);

        ImmutableArray<string> categories = [.. chartYears];
        ImmutableArray<ChartSeries> series = [new ChartSeries(text.Text(SharedTexts.TasksPerformed), [.. chartValues])];
        var description = ChartDescription.Of(categories, series, i => categories[i], (_, v) => text.Plural(SharedTexts.Tasks, v));
        var spec = new ChartSpec(ChartId, text.Edition.Language, ChartKind.Columns, title, description,
            text.Text(SharedTexts.TrendsYear), text.Text(SharedTexts.TasksPerformed), categories, series, numbers)
        {
            AxisAtLeast = taskCount,
        };
        return new ProfileHistory(text.Text(ProfileTexts.HistoryHeading), title, description,
            DrawnChart.Of(spec), columns, rows);
    }

    private static string YesNo(Answer answer, TextCatalog text) => text.Text(answer == Answer.Yes ? SharedTexts.AnswerYes : SharedTexts.AnswerNo);
}
