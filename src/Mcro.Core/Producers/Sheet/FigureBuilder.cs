using Mcro.Localization;
using Mcro.Rendering;
using Mcro.Rendering.Views;
using Mcro.Site;

namespace Mcro.Producers.Sheet;

/// <summary>A chart as a page figure: its SVG made fit for inlining, and the same figures as a table.</summary>
public static class FigureBuilder
{
    public static Figure Build(SheetChart chart, string svgDocument, TextCatalog text, IReadOnlyList<string> notes)
    {
        var spec = chart.Spec;
        return new Figure(spec.Id, spec.Title, spec.Description, new RawHtml(InlineSvg(svgDocument)),
            SiteLayout.ChartFromSheet(spec.Id), Table(chart, text), notes);
    }

    /// <summary>An SVG document without what only a standalone file may have (the XML declaration, a doctype).</summary>
    public static string InlineSvg(string svgDocument)
    {
        var start = svgDocument.IndexOf("<svg", StringComparison.Ordinal);
        return (start > 0 ? svgDocument[start..] : svgDocument).TrimEnd();
    }

    private static DataTable Table(SheetChart chart, TextCatalog text)
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
