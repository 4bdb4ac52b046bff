using System.Security.Cryptography;
using System.Text;
using Mcro.Loading;

namespace Mcro.Tests.Loading;

/// <summary>
/// A data file in a legacy code page is read when config.yaml declares it (for every data file, or for that one):
/// strictly, with a byte the code page has no letter for pointed at, and a byte-order mark taking precedence.
/// </summary>
public sealed class DeclaredEncodingTests
{
    private static readonly string[] DataFiles =
        ["municipalities.csv", "communities.csv", "tasks.csv", "2018/offices.csv", "2018/staff.csv", "2018/notes.yaml", "2019/offices.csv", "2019/staff.csv", "2019/notes.yaml"];

    private static Encoding CodePage(int number) => CodePagesEncodingProvider.Instance.GetEncoding(number, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    private static void Convert(DataWorkspace ws, string file, Encoding encoding) => ws.WriteBytes(file, encoding.GetBytes(ws.Read(file)));

    private static DataWorkspace Declaring(string declaration)
    {
        var ws = DataWorkspace.CopyOf();
        ws.Replace("config.yaml", "cyrillic_edition: true", "cyrillic_edition: true\n" + declaration);
        return ws;
    }

    [Theory]
    [InlineData("windows-1250", 1250)]
    [InlineData("Windows-1250", 1250)]
    [InlineData("iso-8859-2", 28592)]
    public void Every_data_file_in_a_declared_code_page_loads_as_the_same_dataset(string declared, int codePage)
    {
        using var utf8 = DataWorkspace.CopyOf();
        using var ws = Declaring($"encoding: {declared}");
        foreach (var file in DataFiles) Convert(ws, file, CodePage(codePage));

        var result = ws.Validate();

        Assert.Empty(result.Problems);
        Assert.Empty(result.Warnings);
        var expected = utf8.Validate().Value!;
        Assert.Equal(expected.Municipalities.Select(m => m.Name["sr"]), result.Value!.Municipalities.Select(m => m.Name["sr"]));
        Assert.Equal("Đakovica", result.Value.Municipalities[0].Name["sr"]);
        Assert.Equal(expected.Years[2018].Exclusions.Select(e => e.Reason["sq"]), result.Value.Years[2018].Exclusions.Select(e => e.Reason["sq"]));
    }

    [Fact]
    public void A_cyrillic_export_in_windows_1251_is_read_when_its_file_is_declared()
    {
        using var ws = Declaring("encodings:\n  communities.csv: windows-1251");
        ws.WriteBytes("communities.csv", CodePage(1251).GetBytes(
            "code,name_sq,name_sr,name_en\nalbanian,Shqiptare,Албанци,Albanian\nserbian,Serbe,Срби,Serbian\nturkish,Turq,Турци,Turkish\n"));

        var result = ws.Validate();

        Assert.Empty(result.Problems);
        Assert.Equal("Срби", result.Value!.Communities[1].Name["sr"]);
    }

    [Fact]
    public void Albanian_letters_in_windows_1252_are_read_when_declared()
    {
        using var ws = Declaring("encodings: {communities.csv: windows-1252}");
        Convert(ws, "communities.csv", CodePage(1252));

        var result = ws.Validate();

        Assert.Empty(result.Problems);
        Assert.Equal("Shqiptarë", result.Value!.Communities[0].Name["sq"]);
    }

    [Fact]
    public void A_file_declared_utf_16_with_its_byte_order_mark_is_read()
    {
        using var ws = Declaring("encodings: {2018/notes.yaml: utf-16}");
        ws.WriteBytes("2018/notes.yaml", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(ws.Read("2018/notes.yaml"))]);

        Assert.Empty(ws.Problems());
    }

    [Fact]
    public void A_file_declared_utf_16_without_a_byte_order_mark_is_refused()
    {
        using var ws = Declaring("encodings: {2018/notes.yaml: utf-16}");
        ws.WriteBytes("2018/notes.yaml", Encoding.Unicode.GetBytes(ws.Read("2018/notes.yaml")));

        Assert.Equal(
            ["data/2018/notes.yaml:1:1: file has no UTF-16 byte-order mark, though data/config.yaml:6:30 declares utf-16: without the mark its byte order is unknown; re-save it as 'Unicode text' or as UTF-8"],
            ws.Problems());
    }

    [Fact]
    public void The_file_s_own_declaration_overrides_the_dataset_s()
    {
        using var ws = Declaring("encoding: windows-1250\nencodings:\n  communities.csv: windows-1252");
        Convert(ws, "municipalities.csv", CodePage(1250));
        Convert(ws, "communities.csv", CodePage(1252));

        var result = ws.Validate();

        Assert.Empty(result.Problems);
        Assert.Equal("Đakovica", result.Value!.Municipalities[0].Name["sr"]);
        Assert.Equal("Shqiptarë", result.Value.Communities[0].Name["sq"]);
    }

    [Fact]
    public void The_dataset_s_declaration_leaves_the_page_texts_in_utf_8()
    {
        using var ws = Declaring("encoding: windows-1250");
        foreach (var file in DataFiles) Convert(ws, file, CodePage(1250));

        var result = ws.Validate();

        // sr.yaml is UTF-8 with š and č: read as Windows-1250 it would be warned about as UTF-8.
        Assert.Empty(result.Problems);
        Assert.Empty(result.Warnings);
        Assert.StartsWith("Opštinske", result.Value!.I18n.ByLanguage["sr"]["sheet.title"].Plain, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_the_code_page_has_no_letter_for_is_refused_at_its_line_and_character_column()
    {
        using var ws = Declaring("encodings: {communities.csv: windows-1250}");
        // 0x98 is undefined in Windows-1250; "Đakovica" before it is eight characters of one byte each.
        ws.WriteBytes("communities.csv", [.. "code,name_sq,name_sr,name_en\nalbanian,Shqiptar"u8, 0xEB, .. ",Albanci,Alb"u8, 0x98, .. "nian\n"u8]);

        Assert.Equal(
            ["data/communities.csv:2:31: byte 0x98 is not a letter in windows-1250, the encoding data/config.yaml:6:30 declares; the file is in another encoding: check which one it was saved in, or re-save it as UTF-8"],
            ws.Problems());
    }

    [Fact]
    public void A_windows_1250_letter_in_a_file_declared_iso_8859_2_is_refused_with_the_likely_code_page()
    {
        using var ws = Declaring("encodings: {communities.csv: iso-8859-2}");
        // š is 0x9A in Windows-1250 and a control code in ISO-8859-2.
        ws.WriteBytes("communities.csv", [.. "code,name_sq,name_sr,name_en\nserbian,Serb,Srbi,Serbian\nx,Uro"u8, 0x9A, .. "evac,b,c\n"u8]);

        Assert.Equal(
            ["data/communities.csv:3:6: byte 0x9A is not a letter in iso-8859-2, the encoding data/config.yaml:6:30 declares; the file is in another encoding (Windows-1250 has letters there: declare windows-1250?)"],
            ws.Problems());
    }

    [Fact]
    public void A_nul_byte_is_refused_in_a_declared_file_too()
    {
        using var ws = Declaring("encodings: {communities.csv: windows-1250}");
        ws.WriteBytes("communities.csv", [.. "code,name_sq,name_sr,name_en\nturkish,Tu"u8, 0, .. "rq,Turci,Turkish\n"u8]);

        Assert.Equal(["data/communities.csv:2:11: file contains a NUL byte: it is binary, not a text export; export the sheet as CSV (UTF-8)"], ws.Problems());
    }

    [Fact]
    public void A_utf_8_byte_order_mark_wins_over_a_declared_code_page()
    {
        using var ws = Declaring("encodings: {municipalities.csv: windows-1250}");
        ws.WriteBytes("municipalities.csv", [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(ws.PathOf("municipalities.csv"))]);

        var result = ws.Validate();

        Assert.Empty(result.Problems);
        Assert.Empty(result.Warnings);
        Assert.Equal("Đakovica", result.Value!.Municipalities[0].Name["sr"]);
    }

    [Fact]
    public void A_utf_8_byte_order_mark_before_bytes_that_are_not_utf_8_is_refused_naming_the_mark_and_the_declaration()
    {
        using var ws = Declaring("encodings: {communities.csv: windows-1250}");
        ws.WriteBytes("communities.csv", [0xEF, 0xBB, 0xBF, .. CodePage(1250).GetBytes(ws.Read("communities.csv"))]);

        var problem = Assert.Single(ws.Problems());
        Assert.StartsWith(
            "data/communities.csv:2:18: file is not valid UTF-8 (byte 0xEB), though it starts with a UTF-8 byte-order mark, which mcro follows over the windows-1250 data/config.yaml:6:30 declares",
            problem);
    }

    [Fact]
    public void A_utf_16_file_in_a_file_declared_a_code_page_is_refused_naming_the_declaration()
    {
        using var ws = Declaring("encodings: {communities.csv: windows-1250}");
        ws.WriteBytes("communities.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(ws.Read("communities.csv"))]);

        var problem = Assert.Single(ws.Problems());
        Assert.StartsWith("data/communities.csv:1:1: file is UTF-16 (it starts with a UTF-16 byte-order mark), though data/config.yaml:6:30 declares windows-1250; declare utf-16 for it", problem);
    }

    [Fact]
    public void A_utf_8_file_declared_a_code_page_is_read_as_declared_with_a_warning_where_it_looks_like_utf_8()
    {
        using var ws = Declaring("encodings: {communities.csv: windows-1250}");

        var result = ws.Validate();

        Assert.Empty(result.Problems);
        Assert.Equal("ShqiptarĂ«", result.Value!.Communities[0].Name["sq"]);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("encoding-declared", warning.Rule);
        Assert.Equal(
            "data/communities.csv:2:18: read as windows-1250, as data/config.yaml:6:30 declares, but the file is valid UTF-8: 'Ă«' here is 'ë' in UTF-8; if it was re-saved as UTF-8, declare utf-8 for it or remove the declaration",
            warning.ToString());
    }

    [Fact]
    public void A_utf_8_file_declared_a_code_page_with_a_byte_it_has_no_letter_for_is_refused_as_utf_8()
    {
        using var ws = Declaring("encodings: {municipalities.csv: windows-1250}");

        // The UTF-8 of "Đ" is 0xC4 0x90, and 0x90 is undefined in Windows-1250.
        Assert.Equal(
            ["data/municipalities.csv:2:19: byte 0x90 is not a letter in windows-1250, the encoding data/config.yaml:6:33 declares; the file is valid UTF-8: if it was re-saved as UTF-8, declare utf-8 for it or remove the declaration"],
            ws.Problems());
    }

    [Fact]
    public void A_file_declared_utf_8_that_is_not_names_the_declaration()
    {
        using var ws = Declaring("encodings: {communities.csv: utf-8}");
        Convert(ws, "communities.csv", CodePage(1250));

        var problem = Assert.Single(ws.Problems());
        Assert.StartsWith("data/communities.csv:2:18: file is not valid UTF-8 (byte 0xEB), though data/config.yaml:6:30 declares utf-8; it was probably saved in a legacy code page such as Windows-1250: declare that code page instead", problem);
    }

    [Fact]
    public void A_cyrillic_file_not_declared_is_refused_with_windows_1251_as_the_likely_code_page()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.WriteBytes("communities.csv", [.. "code,name_sq,name_sr,name_en\nserbian,Serbë,"u8, .. CodePage(1251).GetBytes("Срби"), .. ",Serbian\n"u8]);

        var problem = Assert.Single(ws.Problems());
        Assert.Contains("such as Windows-1251 (Cyrillic)", problem, StringComparison.Ordinal);
        Assert.Contains("'encodings: {communities.csv: windows-1251}'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Config_yaml_itself_not_in_utf_8_is_refused_without_a_declaration_to_try()
    {
        using var ws = DataWorkspace.CopyOf();
        Convert(ws, "config.yaml", CodePage(1250));

        var problem = Assert.Single(ws.Problems());
        Assert.StartsWith("data/config.yaml:", problem);
        Assert.DoesNotContain("declare", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_fingerprint_log_records_the_raw_bytes_of_a_declared_file()
    {
        using var ws = Declaring("encodings: {municipalities.csv: windows-1250}");
        Convert(ws, "municipalities.csv", CodePage(1250));
        var log = new InputLog();

        var result = DatasetLoader.Load(ws.Root, "data", log: log);

        Assert.Empty(result.Problems);
        Assert.Equal(System.Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(ws.PathOf("municipalities.csv")))), log.HashOf(ws.PathOf("municipalities.csv")));
    }
}
