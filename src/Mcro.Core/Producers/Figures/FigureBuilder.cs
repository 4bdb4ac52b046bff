using Mcro.Charts;
using Mcro.Localization;
using Mcro.Rendering.Views;
using Mcro.Site;

namespace Mcro.Producers.Figures;

/// <summary>A laid-out chart as a page figure: the chart the page inlines, its file beside the page, and the same figures as a table.</summary>
public static class FigureBuilder
{
    public static Figure Build(DrawnChart chart, DataTable table, IReadOnlyList<string> notes) =>
        new(chart, SiteLayout.ChartFromSheet(chart.Spec.Id), table, notes);

    /// <summary>A figure whose table holds the chart's own values, a row per category and a column per series.</summary>
    public static Figure Build(FigureChart chart, TextCatalog text, IReadOnlyList<string> notes) =>
        Build(chart.Chart, Table(chart, text), notes);

    private static DataTable Table(FigureChart chart, TextCatalog text)
    {
        var spec = chart.Spec;
        var numbers = spec.Numbers;
        var columns = new List<string> { spec.CategoryAxisLabel };
        columns.AddRange(spec.Series.Select(s => s.Name));
        if (chart.TotalColumn) columns.Add(text.Text(SharedTexts.Total));
        if (chart.ShareColumn) columns.Add(text.Text(SharedTexts.Share));

        var grandTotal = spec.Series.Sum(s => s.Values.Sum());
        TableRow Row(string label, IReadOnlyList<int> values)
        {
            var cells = values.Select(v => numbers.Integer(v)).ToList();
            var rowTotal = values.Sum();
            if (chart.TotalColumn) cells.Add(numbers.Integer(rowTotal));
            if (chart.ShareColumn) cells.Add(grandTotal == 0 ? "–" : numbers.Percent((double)rowTotal / grandTotal));
            return new TableRow(label, cells);
        }

        var rows = spec.Categories.Select((category, i) => Row(category, spec.Series.Select(s => s.Values[i]).ToList())).ToList();
        var total = chart.TotalRow ? Row(text.Text(SharedTexts.Total), spec.Series.Select(s => s.Values.Sum()).ToList()) : null;
        return new DataTable(columns, rows, total);
    }
}
