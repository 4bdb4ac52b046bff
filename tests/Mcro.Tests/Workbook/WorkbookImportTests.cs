using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Mcro.Tests.Workbook;

/// <summary>mcro workbook import: checked with every rule of validate, named by sheet and cell, written only when clean, in the file's own style.</summary>
public sealed class WorkbookImportTests
{
    private static string Export(DataWorkspace ws, string year = "2019")
    {
        var path = Path.Combine(ws.Root, "..", "book.xlsx");
        var run = CliRun.Of("workbook", "export", "--year", year, "--lang", "sr", "--out", path, "--data", ws.Root);
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        return path;
    }

    private static Dictionary<string, byte[]> Files(DataWorkspace ws) =>
        Directory.EnumerateFiles(ws.Root, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(ws.Root, f), File.ReadAllBytes);

    [Fact]
    public void An_unchanged_workbook_changes_no_byte_whatever_the_files_style()
    {
        using var ws = DataWorkspace.CopyOf();
        // Semicolons, CRLF, a byte-order mark, Excel's sep= line and quotes: the team's own export.
        ws.WriteBytes("2019/staff.csv", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes("sep=;\r\n" + ws.Read("2019/staff.csv").Replace(",", ";", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal).Replace("gjakove;head", "\"gjakove\";head", StringComparison.Ordinal))]);
        var before = Files(ws);
        var book = Export(ws);

        var run = CliRun.Of("workbook", "import", book, "--data", ws.Root);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("no file changed", run.Output, StringComparison.Ordinal);
        Assert.Equal(before, Files(ws));
    }

    [Fact]
    public void One_changed_answer_and_one_changed_staff_row_change_exactly_those_lines_in_the_files_style()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Write("2019/offices.csv", ws.Read("2019/offices.csv").Replace(",", ";", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal));
        var offices = ws.Read("2019/offices.csv").Split("\r\n");
        var staff = ws.Read("2019/staff.csv").Split('\n');
        var book = Export(ws);
        WorkbookCells.SetText(book, "offices", "G3", "no");    // ferizaj, coordination
        WorkbookCells.SetText(book, "staff", "D3", "turkish"); // gjakove's staff member, community

        var run = CliRun.Of("workbook", "import", book, "--data", ws.Root);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        var officesAfter = ws.Read("2019/offices.csv").Split("\r\n");
        var staffAfter = ws.Read("2019/staff.csv").Split('\n');
        Assert.Equal([2], Enumerable.Range(0, offices.Length).Where(i => offices[i] != officesAfter[i]));
        Assert.Equal("ferizaj;yes;yes;yes;yes;no;yes;yes;no;yes;yes", officesAfter[2]);
        Assert.Equal([2], Enumerable.Range(0, staff.Length).Where(i => staff[i] != staffAfter[i]));
        Assert.Equal("gjakove,staff,turkish,female", staffAfter[2]);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("github")]
    public void A_wrong_value_is_named_by_sheet_and_cell_and_nothing_is_written(string format)
    {
        using var ws = DataWorkspace.CopyOf();
        var before = Files(ws);
        var book = Export(ws);
        WorkbookCells.SetText(book, "offices", "G4", "maybe");
        WorkbookCells.SetText(book, "staff", "D3", "turkish");

        var run = CliRun.Of("workbook", "import", book, "--data", ws.Root, "--format", format);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(before, Files(ws));
        var expected = format switch
        {
            "text" => "book.xlsx › offices!G4 (coordination): coordination: 'maybe' is not allowed",
            "json" => "\"sheet\": \"offices\"",
            _ => "line=4,col=7,title=mcro value-domain in offices!G4 (coordination)::coordination: 'maybe'",
        };
        Assert.Contains(expected, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_across_files_names_the_cell_too()
    {
        using var ws = DataWorkspace.CopyOf();
        var book = Export(ws);
        WorkbookCells.SetText(book, "staff", "A3", "prishtine");

        var run = CliRun.Of("workbook", "import", book, "--data", ws.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("book.xlsx › staff!A3 (municipality): ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_values_are_understood_or_refused_with_a_clear_message()
    {
        using var ws = DataWorkspace.CopyOf();
        var book = Export(ws);
        WorkbookCells.Set(book, "offices", "C2", new Cell(new CellValue("0")) { DataType = CellValues.Boolean });
        WorkbookCells.Set(book, "offices", "D2", new Cell(new CellFormula("LOWER(\"NO\")"), new CellValue("no")) { DataType = CellValues.String });
        WorkbookCells.Set(book, "offices", "E2", new Cell(new CellFormula("A1")));
        WorkbookCells.Set(book, "offices", "F2", new Cell(new CellValue("#N/A")) { DataType = CellValues.Error });
        WorkbookCells.Set(book, "offices", "H2", new Cell(new CellValue("2019-05-01")) { DataType = CellValues.Date });

        var run = CliRun.Of("workbook", "import", book, "--data", ws.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("offices!C2", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("offices!D2", run.Output, StringComparison.Ordinal);
        Assert.Contains("book.xlsx › offices!E2: the formula has no saved value", run.Output, StringComparison.Ordinal);
        Assert.Contains("book.xlsx › offices!F2: the cell shows the error #N/A", run.Output, StringComparison.Ordinal);
        Assert.Contains("book.xlsx › offices!H2: the cell holds a date (2019-05-01)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_team_made_workbook_with_plain_headers_in_any_order_imports_and_extra_sheets_and_columns_are_warned_about()
    {
        using var ws = DataWorkspace.CopyOf();
        var path = Path.Combine(ws.Root, "..", "team.xlsx");
        var staff = ws.Read("2019/staff.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();
        var offices = ws.Read("2019/offices.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();
        // Columns reversed, a comment column, sheets in another order, and a notes sheet.
        WriteWorkbook(path,
            ("Notes", [["anything"]]),
            ("Staff", staff.Select((r, i) => (string[])[i == 0 ? "comment" : "", .. r.Reverse()]).ToList()),
            ("offices", offices));
        var before = Files(ws);

        var run = CliRun.Of("workbook", "import", path, "--year", "2019", "--data", ws.Root);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("team.xlsx › Notes: warning: sheet 'Notes' is not read", run.Output, StringComparison.Ordinal);
        Assert.Contains("team.xlsx › Staff!A1: warning: column 'comment' is not read", run.Output, StringComparison.Ordinal);
        Assert.Equal(before, Files(ws));
    }

    [Fact]
    public void A_file_that_is_no_workbook_is_refused_with_exit_1()
    {
        using var ws = DataWorkspace.CopyOf();
        var path = ws.PathOf("2019/offices.csv");

        var run = CliRun.Of("workbook", "import", path, "--year", "2019", "--data", ws.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot read this file as an Excel workbook (.xlsx)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_without_its_year_needs_year()
    {
        using var ws = DataWorkspace.CopyOf();
        var path = Path.Combine(ws.Root, "..", "team.xlsx");
        WriteWorkbook(path, ("offices", [["municipality"]]));

        var run = CliRun.Of("workbook", "import", path, "--data", ws.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("give it with --year", run.Output, StringComparison.Ordinal);
    }

    internal static void WriteWorkbook(string path, params (string Name, List<string[]> Rows)[] sheets)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var list = new Sheets();
        uint id = 0;
        foreach (var (name, rows) in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(new SheetData(rows.Select((r, i) => new Row(r.Select(v => new Cell(new InlineString(new Text(v))) { DataType = CellValues.InlineString }))
            { RowIndex = (uint)i + 1 })));
            list.Append(new Sheet { Name = name, SheetId = ++id, Id = workbook.GetIdOfPart(part) });
        }
        workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(list);
    }
}
