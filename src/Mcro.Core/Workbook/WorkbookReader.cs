using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Mcro.Diagnostics;

namespace Mcro.Workbook;

/// <summary>Reads an .xlsx into a <see cref="WorkbookGrid"/>; a file that is no workbook, and each cell whose value has no text, is a problem.</summary>
public static class WorkbookReader
{
    /// <summary>Built-in number formats that show a date or a time (ECMA-376, 18.8.30).</summary>
    private static readonly HashSet<uint> DateFormats = [14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57];

    public static Result<WorkbookGrid> Read(Stream stream, string display)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(stream, false);
            return Read(document, display);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or InvalidOperationException or NotSupportedException)
        {
            return Result<WorkbookGrid>.Failed(new Diagnostic(SourceLocation.OfFile(display), ProblemCode.WorkbookUnreadable,
                "cannot read this file as an Excel workbook (.xlsx): save it from the spreadsheet application as 'Excel Workbook (.xlsx)'"));
        }
    }

    private static Result<WorkbookGrid> Read(SpreadsheetDocument document, string display)
    {
        var workbookPart = document.WorkbookPart;
        if (workbookPart?.Workbook?.Sheets is not { } sheets)
            return Result<WorkbookGrid>.Failed(new Diagnostic(SourceLocation.OfFile(display), ProblemCode.WorkbookUnreadable, "the workbook has no sheets"));
        var shared = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var isDate = DateStyles(workbookPart.WorkbookStylesPart?.Stylesheet);
        var problems = new List<Diagnostic>();
        var result = ImmutableArray.CreateBuilder<GridSheet>();
        foreach (var sheet in sheets.Elements<Sheet>())
        {
            var name = sheet.Name?.Value ?? "";
            if (sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart part) continue;
            var rows = ImmutableArray.CreateBuilder<GridRow>();
            var rowNumber = 0;
            foreach (var row in part.Worksheet?.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
            {
                rowNumber = row.RowIndex?.Value is { } r ? (int)r : rowNumber + 1;
                var cells = ImmutableArray.CreateBuilder<GridCell>();
                var column = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    column = cell.CellReference?.Value is { } reference && ColumnOf(reference) is > 0 and var c ? c : column + 1;
                    var read = CellText.Of(cell, shared, isDate);
                    if (read.Refusal is not null)
                        problems.Add(new Diagnostic(new SourceLocation(display, rowNumber, column) { Sheet = name }, ProblemCode.WorkbookValue, read.Refusal));
                    else if (read.Text!.Length > 0) cells.Add(new GridCell(column, read.Text));
                }
                if (cells.Count > 0) rows.Add(new GridRow(rowNumber, cells.ToImmutable()));
            }
            result.Add(new GridSheet(name, rows.ToImmutable()));
        }
        var year = workbookPart.Workbook.DefinedNames?.Elements<DefinedName>().FirstOrDefault(d => d.Name?.Value == WorkbookLayout.YearName)?.Text is { } y
            && int.TryParse(y.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : (int?)null;
        return new Result<WorkbookGrid>(new WorkbookGrid(result.ToImmutable(), year), problems);
    }

    /// <summary>Which cell styles show a date: a built-in date format, or a custom one with day, month, year or hour in it.</summary>
    private static Func<uint, bool> DateStyles(Stylesheet? styles)
    {
        if (styles?.CellFormats is not { } formats) return _ => false;
        var custom = styles.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => LooksLikeDate(f.FormatCode?.Value ?? "")) ?? [];
        var list = formats.Elements<CellFormat>().Select(f => f.NumberFormatId?.Value is { } id && (DateFormats.Contains(id) || custom.GetValueOrDefault(id))).ToList();
        return style => style < list.Count && list[(int)style];
    }

    private static bool LooksLikeDate(string code)
    {
        var inQuotes = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"') inQuotes = !inQuotes;
            else if (c == '\\') i++;
            else if (c == '[') { var end = code.IndexOf(']', i); if (end < 0) break; i = end; }
            else if (!inQuotes && "dmyhsDMYHS".Contains(c, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>The 1-based column of a reference such as "E6"; 0 when it has no letters.</summary>
    public static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z') column = column * 26 + (c - 'A' + 1);
            else if (c is >= 'a' and <= 'z') column = column * 26 + (c - 'a' + 1);
            else break;
            if (column > 16384) return 0;
        }
        return column;
    }
}
