using System.Collections.Immutable;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Mcro.Diagnostics;

namespace Mcro.Workbook;

/// <summary>
/// Writes an <see cref="EntryWorkbook"/> as .xlsx: a frozen header row, entry cells unlocked and everything else locked
/// (sheet protection without a password: it keeps codes from slips, not from a determined person), a drop-down list on
/// each closed column (from the hidden lists sheet), and the same bytes for the same workbook (<see cref="StablePackage"/>).
/// </summary>
public static class WorkbookWriter
{
    private const uint Locked = 0, Unlocked = 1, HeaderStyle = 2, Wrapped = 3;

    public static byte[] Write(EntryWorkbook book)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            // The packaging layer names relationships at random; fixed names keep the bytes the same.
            document.ChangeIdOfPart(workbookPart, "rId1");
            workbookPart.AddNewPart<WorkbookStylesPart>("rId1").Stylesheet = Styles();
            var sheets = new Sheets();
            var id = 1u;
            foreach (var sheet in book.Sheets)
                sheets.Append(AddSheet(workbookPart, sheet, book, ++id, hidden: false));
            sheets.Append(AddSheet(workbookPart, ListsSheet(book), book, ++id, hidden: true));
            workbookPart.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(
                new BookViews(new WorkbookView { ActiveTab = 1 }),
                sheets,
                new DefinedNames(new DefinedName(book.Year.ToString(CultureInfo.InvariantCulture)) { Name = WorkbookLayout.YearName }));
        }
        return StablePackage.Normalize(stream.ToArray());
    }

    private static Sheet AddSheet(WorkbookPart workbookPart, EntrySheet sheet, EntryWorkbook book, uint id, bool hidden)
    {
        var relationship = $"rId{id}";
        var part = workbookPart.AddNewPart<WorksheetPart>(relationship);
        var worksheet = new Worksheet();
        if (sheet.HasHeader)
            worksheet.Append(new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
            { WorkbookViewId = 0, TabSelected = sheet.Name == WorkbookLayout.Offices }));
        var columns = new Columns();
        for (var i = 0; i < sheet.Columns.Length; i++)
        {
            var column = sheet.Columns[i];
            columns.Append(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = column.Width, CustomWidth = true, Style = column.Entry ? Unlocked : Locked });
        }
        worksheet.Append(columns);
        var data = new SheetData();
        var rowNumber = 0u;
        if (sheet.HasHeader) data.Append(Row(++rowNumber, sheet.Columns.Select(c => (c.Header, HeaderStyle))));
        foreach (var row in sheet.Rows)
            data.Append(Row(++rowNumber, row.Select((value, i) => (value, sheet.Columns[i].Entry ? Unlocked : sheet.HasHeader ? Locked : Wrapped))));
        worksheet.Append(data);
        worksheet.Append(new SheetProtection { Sheet = true, Objects = true, Scenarios = true, FormatColumns = false, FormatRows = false });
        var validations = Validations(sheet, book);
        if (validations.HasChildren) worksheet.Append(validations);
        part.Worksheet = worksheet;
        return new Sheet { Name = sheet.Name, SheetId = id - 1, Id = relationship, State = hidden ? SheetStateValues.Hidden : null };
    }

    private static DataValidations Validations(EntrySheet sheet, EntryWorkbook book)
    {
        var validations = new DataValidations();
        if (sheet.EntryRows == 0) return validations;
        for (var i = 0; i < sheet.Columns.Length; i++)
        {
            if (sheet.Columns[i].List is not { } list) continue;
            var index = book.Lists.Select(l => l.Name).ToList().IndexOf(list);
            var letter = SpreadsheetColumn.LetterOf(index);
            var values = book.Lists[index].Values.Length;
            var column = SpreadsheetColumn.LetterOf(i);
            validations.Append(new DataValidation(new Formula1($"{WorkbookLayout.Lists}!${letter}$2:${letter}${values + 1}"))
            {
                Type = DataValidationValues.List,
                AllowBlank = true,
                ShowErrorMessage = true,
                ShowInputMessage = true,
                SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{column}2:{column}{sheet.EntryRows + 1}" },
            });
        }
        validations.Count = (uint)validations.ChildElements.Count;
        return validations;
    }

    /// <summary>The lists as a sheet: a column per list, its name in the first row.</summary>
    private static EntrySheet ListsSheet(EntryWorkbook book)
    {
        var columns = book.Lists.Select(l => new EntryColumn(l.Name, l.Name, 16, Entry: false)).ToImmutableArray();
        var height = book.Lists.Max(l => l.Values.Length);
        var rows = Enumerable.Range(0, height).Select(r => book.Lists.Select(l => r < l.Values.Length ? l.Values[r] : "").ToImmutableArray()).ToImmutableArray();
        return new EntrySheet(WorkbookLayout.Lists, columns, rows, 0);
    }

    private static Row Row(uint number, IEnumerable<(string Value, uint Style)> cells)
    {
        var row = new Row { RowIndex = number };
        var i = 0;
        foreach (var (value, style) in cells)
        {
            var reference = $"{SpreadsheetColumn.LetterOf(i++)}{number}";
            row.Append(value.Length == 0
                ? new Cell { CellReference = reference, StyleIndex = style }
                : new Cell(new InlineString(new Text(value) { Space = value.Trim().Length != value.Length ? SpaceProcessingModeValues.Preserve : null }))
                { CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style });
        }
        return row;
    }

    private static Stylesheet Styles() => new(
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }), new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE7E6E6" }) { PatternType = PatternValues.Solid })) { Count = 3 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            // Locked (the default of every cell): grey, so a person sees at once what is not theirs to type in.
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 2, BorderId = 0, FormatId = 0, ApplyFill = true },
            new CellFormat(new Protection { Locked = false }) { NumberFormatId = 49, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyProtection = true, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyAlignment = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true })
        { Count = 4 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
}
