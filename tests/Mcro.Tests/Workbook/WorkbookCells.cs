using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Mcro.Tests.Workbook;

/// <summary>Reads and edits cells of an .xlsx as a person would type them (text, TRUE, a date, a formula), through the OpenXml SDK.</summary>
internal static class WorkbookCells
{
    public static string Text(string path, string sheet, string reference)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var cell = Find(document, sheet, reference);
        return cell?.InlineString?.InnerText ?? cell?.CellValue?.Text ?? "";
    }

    public static void Set(string path, string sheet, string reference, Cell cell)
    {
        using var document = SpreadsheetDocument.Open(path, true);
        var existing = Find(document, sheet, reference) ?? throw new InvalidOperationException($"no cell {sheet}!{reference}");
        cell.CellReference = reference;
        existing.Parent!.ReplaceChild(cell, existing);
    }

    public static void SetText(string path, string sheet, string reference, string text) =>
        Set(path, sheet, reference, new Cell(new InlineString(new Text(text))) { DataType = CellValues.InlineString });

    /// <summary>Types a new row below the sheet's rows, as a person adds one (cells given by reference, e.g. "A2").</summary>
    public static void AddRow(string path, string sheet, uint number, params (string Reference, string Text)[] cells)
    {
        using var document = SpreadsheetDocument.Open(path, true);
        var data = Part(document, sheet).Worksheet.GetFirstChild<SheetData>()!;
        data.Append(new Row(cells.Select(c => new Cell(new InlineString(new Text(c.Text))) { CellReference = c.Reference, DataType = CellValues.InlineString })) { RowIndex = number });
    }

    public static WorksheetPart Part(SpreadsheetDocument document, string sheet)
    {
        var entry = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().First(s => s.Name == sheet);
        return (WorksheetPart)document.WorkbookPart.GetPartById(entry.Id!);
    }

    private static Cell? Find(SpreadsheetDocument document, string sheet, string reference) =>
        Part(document, sheet).Worksheet.Descendants<Cell>().FirstOrDefault(c => c.CellReference == reference);
}
