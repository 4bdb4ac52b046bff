using System.IO.Compression;
using System.Text;

namespace Mcro.Tests.Loading;

/// <summary>
/// A spreadsheet saved under a data file's name is named for what it is, with what to do, at 1:1 — never called
/// "binary" or "not UTF-8", whatever the file's name and whatever encoding is declared.
/// </summary>
public sealed class WorkbookUnderTextNameTests
{
    private const string Xlsx =
        "file is an Excel workbook (.xlsx) saved under a text file's name, not a text export: give it back its .xlsx name and read it with 'mcro workbook import FILE.xlsx', or save the sheet as 'CSV UTF-8 (Comma delimited)'";

    private const string Xls =
        "file is an Excel 97-2003 workbook (.xls), not a text export: open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx) to read it with 'mcro workbook import FILE.xlsx', or save the sheet as 'CSV UTF-8 (Comma delimited)'";

    private const string Ods =
        "file is an OpenDocument spreadsheet (.ods), not a text export: save it as an Excel workbook (.xlsx) to read it with 'mcro workbook import FILE.xlsx', or save the sheet as 'CSV UTF-8 (Comma delimited)'";

    /// <summary>A zip as office suites write them: the entries in order, the first ones stored (ODF's mimetype must be).</summary>
    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, name == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Optimal).Open();
                entry.Write(Encoding.UTF8.GetBytes(content));
            }
        }
        return stream.ToArray();
    }

    // LibreOffice writes _rels/.rels first, Excel [Content_Types].xml: neither order may matter.
    public static readonly byte[] XlsxBytes = Zip(("_rels/.rels", "<Relationships/>"), ("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"), ("xl/worksheets/sheet1.xml", "<worksheet/>"));

    public static readonly byte[] OdsBytes = Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<office:document-content/>"));

    public static readonly byte[] XlsBytes = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], 0x57, 0x6F, 0x72, 0x6B, 0x62, 0x6F, 0x6F, 0x6B, 0xE8, 0x00];

    public static TheoryData<string, string> Files() => new()
    {
        { "2019/offices.csv", "xlsx" }, { "2019/staff.csv", "xls" }, { "municipalities.csv", "ods" },
        { "2018/notes.yaml", "xlsx" }, { "i18n/en.yaml", "xls" },
    };

    private static (byte[] Bytes, string Message) Workbook(string kind) => kind switch
    {
        "xlsx" => (XlsxBytes, Xlsx),
        "xls" => (XlsBytes, Xls),
        _ => (OdsBytes, Ods),
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void A_workbook_under_a_data_file_s_name_is_named_with_what_to_do(string file, string kind)
    {
        using var ws = DataWorkspace.CopyOf();
        var (bytes, message) = Workbook(kind);
        ws.WriteBytes(file, bytes);

        Assert.Equal([$"data/{file}:1:1: {message}"], ws.Problems());
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("xls")]
    [InlineData("ods")]
    public void A_workbook_is_named_in_a_file_declared_a_code_page_too(string kind)
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("config.yaml", "cyrillic_edition: true", "cyrillic_edition: true\nencodings: {2019/offices.csv: windows-1250}");
        var (bytes, message) = Workbook(kind);
        ws.WriteBytes("2019/offices.csv", bytes);

        Assert.Equal([$"data/2019/offices.csv:1:1: {message}"], ws.Problems());
    }

    [Fact]
    public void Another_zip_archive_is_named_as_one()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.WriteBytes("2019/staff.csv", Zip(("staff.csv", "municipality,position\n")));

        Assert.Equal(["data/2019/staff.csv:1:1: file is a zip archive, not a text export: export the sheet as 'CSV UTF-8 (Comma delimited)'"], ws.Problems());
    }

    [Fact]
    public void A_word_document_is_not_called_a_workbook()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.WriteBytes("2019/staff.csv", Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>")));

        Assert.DoesNotContain("workbook", Assert.Single(ws.Problems()), StringComparison.Ordinal);
    }
}
