using System.Diagnostics;

namespace Mcro.Tests.Workbook;

/// <summary>
/// A real spreadsheet application reads the entry workbook and writes workbooks mcro imports: LibreOffice Calc,
/// headless (installed by .ci/steps/40-libreoffice.sh). Each run has its own user profile, so tests run side by side.
/// </summary>
public sealed class LibreOfficeTests
{
    private const string CsvOfEverySheet = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

    private static void Soffice(string workFolder, params string[] args)
    {
        var profile = new Uri(Path.Combine(Path.GetTempPath(), $"lo-{Guid.NewGuid():N}")).AbsoluteUri;
        var start = new ProcessStartInfo("soffice") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workFolder };
        foreach (var a in (string[])[$"-env:UserInstallation={profile}", "--headless", "--norestore", .. args]) start.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"LibreOffice (soffice) is not installed ({e.Message}); run: sudo bash .ci/steps/40-libreoffice.sh");
            return;
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "soffice did not finish in 3 minutes");
            Assert.True(process.ExitCode == 0, $"soffice exited {process.ExitCode}: {output.Result}{error.Result}");
        }
        var folder = new Uri(profile).LocalPath;
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    private static string Export(DataWorkspace ws, string folder)
    {
        var book = Path.Combine(folder, "book.xlsx");
        var run = CliRun.Of("workbook", "export", "--year", "2019", "--lang", "sr", "--out", book, "--data", ws.Root);
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        return book;
    }

    /// <summary>The sample's 2019 workbook converted by LibreOffice to a CSV per sheet (book-cc.csv, book-cc people.csv, …).</summary>
    private static string ExportAsCsv(DataWorkspace ws, string folder)
    {
        var book = Export(ws, folder);
        Soffice(folder, "--convert-to", CsvOfEverySheet, "--outdir", folder, book);
        return book;
    }

    /// <summary>The line of the municipality in a sheet's CSV with its status (column C) set; the answers are emptied when it is no longer working.</summary>
    private static string WithStatus(string sheetCsv, string municipality, string status)
    {
        var lines = sheetCsv.ReplaceLineEndings("\n").Split('\n');
        var i = Array.FindIndex(lines, l => l.StartsWith(municipality + ",", StringComparison.Ordinal));
        var cells = lines[i].Split(',');
        cells[2] = status;
        for (var c = 3; c < cells.Length; c++) cells[c] = status == "yes" ? cells[c] : "";
        lines[i] = string.Join(',', cells);
        return string.Join('\n', lines);
    }

    [Fact]
    public void A_status_edited_in_LibreOffice_in_a_mechanism_sheet_imports_to_exactly_that_line_and_a_wrong_one_is_named_by_cell()
    {
        using var ws = DataWorkspace.CopyOf(RepositoryRoot.Data);
        using var work = new TempFolder("mcro-lo-");
        ExportAsCsv(ws, work.Path);
        var dmc = ws.Read("2019/dmc/municipalities.csv").Split('\n');
        var sheet = File.ReadAllText(work.PathOf("book-dmc.csv"));
        Assert.Contains("(outreach)", sheet, StringComparison.Ordinal);
        Assert.Contains("gjakove,Đakovica,no,,,", sheet, StringComparison.Ordinal);
        var edited = Directory.CreateDirectory(work.PathOf("edited")).FullName;
        File.WriteAllText(Path.Combine(edited, "dmc.csv"), WithStatus(sheet, "prishtine", "dissolved"));
        File.WriteAllText(Path.Combine(edited, "cc.csv"), WithStatus(File.ReadAllText(work.PathOf("book-cc.csv")), "peje", "maybe"));

        Soffice(edited, "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", edited, Path.Combine(edited, "cc.csv"), Path.Combine(edited, "dmc.csv"));
        var wrong = CliRun.Of("workbook", "import", Path.Combine(edited, "cc.xlsx"), "--year", "2019", "--data", ws.Root);
        var run = CliRun.Of("workbook", "import", Path.Combine(edited, "dmc.xlsx"), "--year", "2019", "--data", ws.Root);

        Assert.Equal(1, wrong.ExitCode);
        Assert.Contains("cc.xlsx › cc!C4 (status): ", wrong.Output, StringComparison.Ordinal);
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        var after = ws.Read("2019/dmc/municipalities.csv").Split('\n');
        Assert.Equal([(dmc[1], "prishtine,dissolved,,,")], dmc.Zip(after).Where(p => p.First != p.Second));
        Assert.Equal(dmc.Length, after.Length);
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryRoot.Data, "2019", "cc", "municipalities.csv")), File.ReadAllBytes(ws.PathOf("2019/cc/municipalities.csv")));
    }

    private static List<string> Lines(string path) => [.. File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries)];

    [Fact]
    public void LibreOffice_reads_the_exported_workbook_with_the_values_of_the_data()
    {
        using var ws = DataWorkspace.CopyOf();
        using var work = new TempFolder("mcro-lo-");
        var book = Export(ws, work.Path);

        Soffice(work.Path, "--convert-to", CsvOfEverySheet, "--outdir", work.Path, book);

        // Without the name column (B), each sheet is the CSV file, row for row, value for value.
        foreach (var table in (string[])["offices", "staff"])
        {
            var sheet = Lines(work.PathOf($"book-{table}.csv")).Select(l => l.Split(',')).ToList();
            var data = Lines(ws.PathOf($"2019/{table}.csv")).Select(l => l.Split(',')).ToList();
            Assert.Equal(data.Count, sheet.Count);
            Assert.Equal(data.Skip(1).Select(r => string.Join(',', r)), sheet.Skip(1).Select(r => string.Join(',', r.Where((_, i) => i != 1))));
        }
        Assert.Contains("(coordination)", File.ReadAllText(work.PathOf("book-offices.csv")), StringComparison.Ordinal);
        Assert.Contains("gjakove,Đakovica,", File.ReadAllText(work.PathOf("book-offices.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void Workbooks_LibreOffice_writes_from_edited_CSV_import_to_exactly_those_edits()
    {
        using var ws = DataWorkspace.CopyOf();
        using var work = new TempFolder("mcro-lo-");
        var book = Export(ws, work.Path);
        Soffice(work.Path, "--convert-to", CsvOfEverySheet, "--outdir", work.Path, book);
        var offices = ws.Read("2019/offices.csv").Split('\n');
        var staff = ws.Read("2019/staff.csv").Split('\n');
        var edited = Directory.CreateDirectory(work.PathOf("edited")).FullName;
        File.WriteAllText(Path.Combine(edited, "offices.csv"), File.ReadAllText(work.PathOf("book-offices.csv"))
            .Replace("ferizaj,Uroševac,yes,yes,yes,yes,yes", "ferizaj,Uroševac,yes,yes,yes,yes,no", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(edited, "staff.csv"), File.ReadAllText(work.PathOf("book-staff.csv"))
            .Replace("gjakove,Đakovica,staff,serbian,female", "gjakove,Đakovica,staff,turkish,female", StringComparison.Ordinal));

        Soffice(edited, "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", edited, Path.Combine(edited, "offices.csv"), Path.Combine(edited, "staff.csv"));
        foreach (var table in (string[])["offices", "staff"])
        {
            var run = CliRun.Of("workbook", "import", Path.Combine(edited, $"{table}.xlsx"), "--year", "2019", "--data", ws.Root);
            Assert.True(run.ExitCode == 0, run.Output + run.Error);
        }

        var officesAfter = ws.Read("2019/offices.csv").Split('\n');
        var staffAfter = ws.Read("2019/staff.csv").Split('\n');
        Assert.Equal([(offices[2], "ferizaj,yes,yes,yes,yes,no,yes,yes,no,yes,yes")], offices.Zip(officesAfter).Where(p => p.First != p.Second));
        Assert.Equal([(staff[2], "gjakove,staff,turkish,female")], staff.Zip(staffAfter).Where(p => p.First != p.Second));
        Assert.Equal(offices.Length, officesAfter.Length);
        Assert.Equal(staff.Length, staffAfter.Length);
    }
}
