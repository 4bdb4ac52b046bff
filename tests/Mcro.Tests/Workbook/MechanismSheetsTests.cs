using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Mcro.Workbook;

namespace Mcro.Tests.Workbook;

/// <summary>
/// The workbook carries the series: every mechanism defined from data with a folder in the year has a sheet of its
/// municipalities.csv and one of its people.csv, both ways, checked as the files are and written in their own style.
/// </summary>
public sealed class MechanismSheetsTests
{
    private static string Export(DataWorkspace ws, string year = "2019", string lang = "sr")
    {
        var path = Path.Combine(ws.Root, "..", "book.xlsx");
        var run = CliRun.Of("workbook", "export", "--year", year, "--lang", lang, "--out", path, "--data", ws.Root);
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        return path;
    }

    private static Dictionary<string, byte[]> Files(DataWorkspace ws) =>
        Directory.EnumerateFiles(ws.Root, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(ws.Root, f), File.ReadAllBytes);

    private static List<string> SheetNames(string book)
    {
        using var document = SpreadsheetDocument.Open(book, false);
        return [.. document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];
    }

    [Theory]
    [InlineData("2018")]
    [InlineData("2019")]
    [InlineData("2020")]
    public void An_unchanged_workbook_of_the_sample_leaves_every_file_of_every_mechanism_byte_identical(string year)
    {
        using var ws = DataWorkspace.CopyOf(RepositoryRoot.Data);
        // A team's own export of one mechanism's table: semicolons, CRLF and a byte-order mark stay as they are.
        ws.WriteBytes($"{year}/cc/municipalities.csv", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(
            ws.Read($"{year}/cc/municipalities.csv").Replace(",", ";", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal))]);
        var before = Files(ws);
        var book = Export(ws, year);

        var run = CliRun.Of("workbook", "import", book, "--data", ws.Root);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("no file changed", run.Output, StringComparison.Ordinal);
        Assert.Equal(before, Files(ws));
        Assert.Equal(["instructions", "offices", "staff", "exclusions", "cc", "cc people", "dmc", "dmc people", "lists"], SheetNames(book));
    }

    [Theory]
    [InlineData("sr", "Sastaje se redovno (najmanje jednom mesečno) (meets_regularly)", "Đakovica")]
    [InlineData("sq", "Mblidhet rregullisht (së paku një herë në muaj) (meets_regularly)", "Gjakovë")]
    [InlineData("en", "Meets regularly (at least once a month) (meets_regularly)", "Gjakovë/Đakovica")]
    public void A_mechanism_sheet_is_headed_with_its_definitions_labels_and_shows_names_beside_codes(string lang, string indicator, string gjakove)
    {
        using var ws = DataWorkspace.CopyOf(RepositoryRoot.Data);
        var book = Export(ws, lang: lang);

        Assert.Equal("municipality", WorkbookLayout.KeyOf(WorkbookCells.Text(book, "cc", "A1")));
        Assert.Equal("status", WorkbookLayout.KeyOf(WorkbookCells.Text(book, "cc", "C1")));
        Assert.Equal(indicator, WorkbookCells.Text(book, "cc", "D1"));
        Assert.EndsWith("(outreach)", WorkbookCells.Text(book, "dmc", "F1"), StringComparison.Ordinal);
        Assert.Equal("gjakove", WorkbookCells.Text(book, "cc", "A5"));
        Assert.Equal(gjakove, WorkbookCells.Text(book, "cc", "B5"));
        Assert.Equal(gjakove, WorkbookCells.Text(book, "dmc", "B5"));
        Assert.Equal(["municipality", "municipality_name", "community", "gender"], new[] { "A1", "B1", "C1", "D1" }.Select(c => WorkbookLayout.KeyOf(WorkbookCells.Text(book, "cc people", c))));
        var instructions = string.Join("\n", Enumerable.Range(1, 20).Select(r => WorkbookCells.Text(book, "instructions", $"A{r}")));
        Assert.Contains("'cc people'", instructions, StringComparison.Ordinal);
        Assert.Contains("'dmc'", instructions, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_answers_and_people_columns_have_the_drop_down_lists_of_the_values_the_loader_takes()
    {
        using var ws = DataWorkspace.CopyOf(RepositoryRoot.Data);
        var book = Export(ws);

        using var document = SpreadsheetDocument.Open(book, false);
        var lists = WorkbookCells.Part(document, "lists").Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => (Column: new string([.. c.CellReference!.Value!.TakeWhile(char.IsLetter)]), Text: c.InnerText)).ToList()).ToList();
        List<string> ValuesOf(string formula)
        {
            var column = formula.Split('$')[1];
            return [.. lists.Skip(1).SelectMany(r => r).Where(c => c.Column == column && c.Text.Length > 0).Select(c => c.Text)];
        }
        Dictionary<string, List<string>> Validations(string sheet) => WorkbookCells.Part(document, sheet).Worksheet.Descendants<DataValidation>()
            .ToDictionary(v => v.SequenceOfReferences!.InnerText![..1], v => ValuesOf(v.Formula1!.Text));

        var cc = Validations("cc");
        Assert.Equal(["yes", "vacant", "dissolved", "no"], cc["C"]);
        Assert.Equal(["yes", "no"], cc["D"]);
        Assert.Equal(["yes", "no"], cc["E"]);
        var dmc = Validations("dmc");
        Assert.Equal(["yes", "no", "n/a"], dmc["D"]);
        Assert.Equal(["yes", "no", "n/a"], dmc["F"]);
        var people = Validations("dmc people");
        Assert.Equal(38, people["A"].Count);
        Assert.Equal(["female", "male"], people["D"]);
        Assert.Contains("roma", people["C"]);
        Assert.Equal("C2:C39", WorkbookCells.Part(document, "cc").Worksheet.Descendants<DataValidation>().First().SequenceOfReferences!.InnerText);
    }

    [Fact]
    public void A_changed_status_and_a_changed_person_change_exactly_those_lines_of_the_mechanisms_files()
    {
        using var ws = DataWorkspace.CopyOf(RepositoryRoot.Data);
        ws.Write("2019/dmc/municipalities.csv", ws.Read("2019/dmc/municipalities.csv").Replace("\n", "\r\n", StringComparison.Ordinal));
        var dmc = ws.Read("2019/dmc/municipalities.csv").Split("\r\n");
        var people = ws.Read("2019/cc/people.csv").Split('\n');
        var before = Files(ws);
        var book = Export(ws);
        WorkbookCells.SetText(book, "dmc", "C3", "yes");      // prizren: newly established
        foreach (var cell in (string[])["D3", "E3", "F3"]) WorkbookCells.SetText(book, "dmc", cell, "no");
        WorkbookCells.SetText(book, "cc people", "D2", "female");

        var run = CliRun.Of("workbook", "import", book, "--data", ws.Root);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        var dmcAfter = ws.Read("2019/dmc/municipalities.csv").Split("\r\n");
        var peopleAfter = ws.Read("2019/cc/people.csv").Split('\n');
        Assert.Equal([(dmc[2], "prizren,yes,no,no,no")], dmc.Zip(dmcAfter).Where(p => p.First != p.Second));
        Assert.Equal(dmc.Length, dmcAfter.Length);
        Assert.Equal([(people[1], people[1].Replace(",male", ",female", StringComparison.Ordinal))], people.Zip(peopleAfter).Where(p => p.First != p.Second));
        Assert.Equal(["2019/cc/people.csv", "2019/dmc/municipalities.csv"],
            Files(ws).Where(f => !before[f.Key].SequenceEqual(f.Value)).Select(f => f.Key.Replace('\\', '/')).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("cc", "C4", "maybe", "book.xlsx › cc!C4 (status): ")]
    [InlineData("cc", "D5", "perhaps", "book.xlsx › cc!D5 (meets_regularly): ")]
    [InlineData("dmc", "E36", "maybe", "book.xlsx › dmc!E36 (requests): ")]
    [InlineData("dmc", "D2", "yes", "book.xlsx › dmc!D2 (advice): ")]
    [InlineData("dmc people", "C2", "martian", "book.xlsx › dmc people!C2 (community): ")]
    [InlineData("cc people", "D3", "other", "book.xlsx › cc people!D3 (gender): ")]
    public void A_wrong_value_in_a_mechanism_sheet_is_named_by_sheet_and_cell_and_nothing_is_written(string sheet, string cell, string value, string expected)
    {
        using var ws = DataWorkspace.CopyOf(RepositoryRoot.Data);
        var before = Files(ws);
        var book = Export(ws);
        WorkbookCells.SetText(book, sheet, cell, value);

        var run = CliRun.Of("workbook", "import", book, "--data", ws.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Output, StringComparison.Ordinal);
        Assert.Equal(before, Files(ws));
    }

    [Fact]
    public void A_people_sheet_for_a_year_without_people_csv_is_checked_and_written_as_a_new_file()
    {
        using var ws = DataWorkspace.CopyOf(RepositoryRoot.Data);
        File.Delete(ws.PathOf("2019/dmc/people.csv"));
        var book = Export(ws);
        Assert.Equal(0, CliRun.Of("workbook", "import", book, "--data", ws.Root).ExitCode);
        Assert.False(File.Exists(ws.PathOf("2019/dmc/people.csv")));
        WorkbookCells.AddRow(book, "dmc people", 2, ("A2", "ferizaj"), ("C2", "ashkali"), ("D2", "unknown"));

        var wrong = CliRun.Of("workbook", "import", book, "--data", ws.Root);

        Assert.Equal(1, wrong.ExitCode);
        Assert.Contains("book.xlsx › dmc people!D2 (gender): ", wrong.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(ws.PathOf("2019/dmc/people.csv")));
        WorkbookCells.SetText(book, "dmc people", "D2", "female");
        var run = CliRun.Of("workbook", "import", book, "--data", ws.Root);
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Equal("municipality,community,gender\nferizaj,ashkali,female\n", ws.Read("2019/dmc/people.csv"));
    }

    [Fact]
    public void A_mechanism_without_a_folder_that_year_has_no_sheets_and_its_sheet_is_not_read()
    {
        using var ws = DataWorkspace.CopyOf(RepositoryRoot.Data);
        var book = Export(ws);
        Directory.Delete(ws.PathOf("2019/dmc"), recursive: true);
        var before = Files(ws);

        var run = CliRun.Of("workbook", "import", book, "--data", ws.Root);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("sheet 'dmc' is not read: 2019 has no folder 2019/dmc/", run.Output, StringComparison.Ordinal);
        Assert.Equal(before, Files(ws));
        Assert.DoesNotContain("dmc", SheetNames(Export(ws)));
    }

    [Fact]
    public void Sheet_names_stay_within_31_characters_and_unique_whatever_the_ids()
    {
        string[] ids = ["offices", "staff", "lists", new string('a', 40), new string('a', 40) + "b", "x", "x2", "instructions"];

        var names = MechanismSheets.NamesOf(ids);

        var all = names.SelectMany(n => (string[])[n.Table, n.People]).ToList();
        Assert.All(all, n => Assert.InRange(n.Length, 1, 31));
        Assert.Equal(all.Count, all.Concat(["offices", "staff", "exclusions", "instructions", "lists"]).Distinct(StringComparer.OrdinalIgnoreCase).Count() - 5);
        Assert.Equal(("x", "x people"), (names[5].Table, names[5].People));
        Assert.Equal(ids, names.Select(n => n.Id));
    }
}
