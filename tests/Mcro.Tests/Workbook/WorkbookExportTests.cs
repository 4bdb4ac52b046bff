using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Mcro.Tests.Workbook;

/// <summary>mcro workbook export: the entry workbook of a year, the same bytes every time.</summary>
public sealed class WorkbookExportTests
{
    [Fact]
    public void Exporting_twice_gives_the_same_bytes_and_no_clock_time_inside()
    {
        using var ws = DataWorkspace.CopyOf();
        var a = Path.Combine(ws.Root, "..", "a.xlsx");
        var b = Path.Combine(ws.Root, "..", "b.xlsx");

        Assert.Equal(0, CliRun.Of("workbook", "export", "--year", "2019", "--lang", "sr", "--out", a, "--data", ws.Root).ExitCode);
        Assert.Equal(0, CliRun.Of("workbook", "export", "--year", "2019", "--lang", "sr", "--out", b, "--data", ws.Root).ExitCode);

        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        using var zip = ZipFile.OpenRead(a);
        Assert.All(zip.Entries, e => Assert.Equal(1980, e.LastWriteTime.Year));
        Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains("docProps", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("sr", "Koordinacija i saradnja", "Opština (municipality_name)", "Đakovica")]
    [InlineData("sq", "Bashkërendimi dhe bashkëpunimi", "Komuna (municipality_name)", "Gjakovë")]
    [InlineData("en", "Coordination and cooperation", "Municipality (municipality_name)", "Gjakovë/Đakovica")]
    public void Headers_names_and_instructions_are_in_the_chosen_language_with_the_keys_kept(string lang, string coordination, string nameHeader, string gjakove)
    {
        using var ws = DataWorkspace.CopyOf();
        var path = Path.Combine(ws.Root, "..", "book.xlsx");
        Assert.Equal(0, CliRun.Of("workbook", "export", "--year", "2019", "--lang", lang, "--out", path, "--data", ws.Root).ExitCode);

        Assert.StartsWith(coordination, WorkbookCells.Text(path, "offices", "G1"), StringComparison.Ordinal);
        Assert.EndsWith("(coordination)", WorkbookCells.Text(path, "offices", "G1"), StringComparison.Ordinal);
        Assert.Equal(nameHeader, WorkbookCells.Text(path, "offices", "B1"));
        Assert.Equal("gjakove", WorkbookCells.Text(path, "offices", "A2"));
        Assert.Equal(gjakove, WorkbookCells.Text(path, "offices", "B2"));
        Assert.Equal(gjakove, WorkbookCells.Text(path, "staff", "B2"));
        Assert.Contains("2019", WorkbookCells.Text(path, "instructions", "A1"), StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_are_locked_entry_cells_unlocked_and_every_closed_column_has_a_drop_down_list()
    {
        using var ws = DataWorkspace.CopyOf();
        var path = Path.Combine(ws.Root, "..", "book.xlsx");
        Assert.Equal(0, CliRun.Of("workbook", "export", "--year", "2019", "--out", path, "--data", ws.Root).ExitCode);

        using var document = SpreadsheetDocument.Open(path, false);
        var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        bool Unlocked(Cell c) => formats[(int)(c.StyleIndex?.Value ?? 0)].Protection?.Locked?.Value == false;
        var offices = WorkbookCells.Part(document, "offices").Worksheet;
        Assert.NotNull(offices.GetFirstChild<SheetProtection>());
        var row = offices.Descendants<Row>().First(r => r.RowIndex! == 2).Elements<Cell>().ToList();
        Assert.False(Unlocked(row[0]));
        Assert.False(Unlocked(row[1]));
        Assert.All(row.Skip(2), c => Assert.True(Unlocked(c)));
        var lists = offices.Descendants<DataValidation>().ToList();
        Assert.Equal(["C2:C7", "D2:D7", "E2:E7", "F2:F7", "G2:G7", "H2:H7", "I2:I7", "J2:J7", "K2:K7", "L2:L7"], lists.Select(v => v.SequenceOfReferences!.InnerText));
        Assert.All(lists, v => Assert.Equal(DataValidationValues.List, v.Type!.Value));
        var staff = WorkbookCells.Part(document, "staff").Worksheet.Descendants<DataValidation>().Select(v => v.SequenceOfReferences!.InnerText![..1]);
        Assert.Equal(["A", "C", "D", "E"], staff);
        var hidden = document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.State?.Value == SheetStateValues.Hidden);
        Assert.Equal("lists", hidden.Name!.Value);
        Assert.NotNull(WorkbookCells.Part(document, "exclusions").Worksheet.GetFirstChild<SheetProtection>());
    }

    [Fact]
    public void A_year_without_data_gets_one_empty_row_per_office_of_that_year()
    {
        using var ws = DataWorkspace.CopyOf();
        var path = Path.Combine(ws.Root, "..", "book.xlsx");

        var run = CliRun.Of("workbook", "export", "--year", "2020", "--out", path, "--data", ws.Root);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        using var document = SpreadsheetDocument.Open(path, false);
        var rows = WorkbookCells.Part(document, "offices").Worksheet.Descendants<Row>().Skip(1).ToList();
        Assert.Equal(["gjakove", "ferizaj", "mitrovice-south", "mamushe", "junik", "zvecan"], rows.Select(r => r.Elements<Cell>().First().InnerText));
        Assert.All(rows, r => Assert.All(r.Elements<Cell>().Skip(2), c => Assert.Equal("", c.InnerText)));
    }
}
