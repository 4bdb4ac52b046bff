using System.Text;

namespace Mcro.Tests.Loading;

/// <summary>Undeclared, only UTF-8 is read; anything else is refused with where the first bad byte is, how to re-save and how to declare it.</summary>
public sealed class EncodingTests
{
    private const string Resave =
        "re-save it as UTF-8: in Excel choose 'CSV UTF-8 (Comma delimited)', in LibreOffice tick 'Edit filter settings' and pick 'Unicode (UTF-8)'";

    private static string Declare(string file, string encoding = "windows-1250") =>
        $"; or keep it and declare its encoding in config.yaml: 'encodings: {{{file}: {encoding}}}'" + (file.StartsWith("i18n/", StringComparison.Ordinal) || encoding == "utf-16" ? "" : $" (or 'encoding: {encoding}' when every data file is in it)");

    private static readonly Encoding Windows1250 = CodePagesEncodingProvider.Instance.GetEncoding(1250)!;

    [Fact]
    public void Utf8_with_byte_order_mark_is_accepted()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.WriteBytes("municipalities.csv", [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(ws.PathOf("municipalities.csv"))]);

        var result = ws.Validate();

        Assert.Empty(result.Problems);
        Assert.Equal("gjakove", result.Value!.Municipalities[0].Code);
        Assert.Equal("Đakovica", result.Value.Municipalities[0].Name["sr"]);
    }

    [Fact]
    public void Byte_order_mark_on_a_yaml_file_is_accepted()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.WriteBytes("2018/notes.yaml", [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(ws.PathOf("2018/notes.yaml"))]);

        Assert.Empty(ws.Problems());
    }

    [Fact]
    public void A_whole_file_in_windows_1250_is_refused_at_its_first_non_ascii_letter()
    {
        using var ws = DataWorkspace.CopyOf();
        var legacy = Windows1250.GetBytes(ws.Read("municipalities.csv"));
        // The real legacy bytes: Đ is 0xD0, š is 0x9A, ë is 0xEB in Windows-1250.
        Assert.Equal([0xD0, (byte)'a', (byte)'k'], legacy.AsSpan(legacy.AsSpan().IndexOf((byte)0xD0), 3).ToArray());
        ws.WriteBytes("municipalities.csv", legacy);

        Assert.Equal(
            [$"data/municipalities.csv:2:15: file is not valid UTF-8 (byte 0xEB); it was probably saved in a legacy code page such as Windows-1250; {Resave}{Declare("municipalities.csv")}"],
            ws.Problems());
    }

    [Fact]
    public void Windows_1250_dj_in_Djakovica_is_pointed_at()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.WriteBytes("municipalities.csv", [
            .. "code,name_sq,name_sr,name_en,mocr_since,similar_office\n"u8,
            .. "gjakove,Gjakove,"u8, 0xD0, .. "akovica,Gjakove,2010,no\n"u8,
        ]);

        Assert.Equal(
            [$"data/municipalities.csv:2:17: file is not valid UTF-8 (byte 0xD0); it was probably saved in a legacy code page such as Windows-1250; {Resave}{Declare("municipalities.csv")}"],
            ws.Problems());
    }

    [Fact]
    public void Windows_1250_s_caron_in_Urosevac_is_pointed_at_on_a_later_line_after_valid_utf8()
    {
        using var ws = DataWorkspace.CopyOf();
        // Line 2 is proper UTF-8 ("Đakovica" is two bytes for Đ); line 3 carries a stray legacy byte.
        ws.WriteBytes("municipalities.csv", [
            .. "code,name_sq,name_sr,name_en,mocr_since,similar_office\n"u8,
            .. "gjakove,Gjakovë,Đakovica,Gjakovë/Đakovica,2010,no\n"u8,
            .. "ferizaj,Ferizaj,Uro"u8, 0x9A, .. "evac,Ferizaj,2010,no\n"u8,
        ]);

        Assert.Equal(
            [$"data/municipalities.csv:3:20: file is not valid UTF-8 (byte 0x9A); it was probably saved in a legacy code page such as Windows-1250; {Resave}{Declare("municipalities.csv")}"],
            ws.Problems());
    }

    [Fact]
    public void A_yaml_file_in_a_legacy_code_page_is_refused_too()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.WriteBytes("i18n/sr.yaml", Windows1250.GetBytes(ws.Read("i18n/sr.yaml")));

        Assert.Equal(
            [$"data/i18n/sr.yaml:4:13: file is not valid UTF-8 (byte 0x9A); it was probably saved in a legacy code page such as Windows-1250; {Resave}{Declare("i18n/sr.yaml")}"],
            ws.Problems());
    }

    [Fact]
    public void Utf16_is_refused_and_named_as_excel_unicode_text()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.WriteBytes("communities.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(ws.Read("communities.csv"))]);

        Assert.Equal([$"data/communities.csv:1:1: file is UTF-16 (Excel's 'Unicode text'); {Resave}{Declare("communities.csv", "utf-16")}"], ws.Problems());
    }

    [Fact]
    public void Big_endian_utf16_is_refused()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.WriteBytes("communities.csv", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(ws.Read("communities.csv"))]);

        Assert.Equal([$"data/communities.csv:1:1: file is UTF-16 (Excel's 'Unicode text'); {Resave}{Declare("communities.csv", "utf-16")}"], ws.Problems());
    }

    [Fact]
    public void A_nul_byte_is_refused_as_binary_with_its_position()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("communities.csv", "turkish,Turq", "turkish,Tu\0rq");

        Assert.Equal(
            ["data/communities.csv:4:11: file contains a NUL byte: it is binary, not a text export; export the sheet as CSV (UTF-8)"],
            ws.Problems());
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        using var ws = DataWorkspace.CopyOf();
        using (var stream = File.Create(ws.PathOf("2019/staff.csv")))
            stream.SetLength(Mcro.Loading.TextFileDecoder.MaxFileBytes + 1);

        Assert.Equal(["data/2019/staff.csv: file is 65 MB; mcro reads files up to 64 MB"], ws.Problems());
    }
}
