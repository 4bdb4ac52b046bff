namespace Mcro.Loading;

/// <summary>
/// Recognises a spreadsheet saved under a text file's name (an .xlsx renamed offices.csv, an .xls, an .ods) by its
/// first bytes, so the message says what the file is and what to do, not "binary" or "not UTF-8".
/// </summary>
public static class WorkbookSignature
{
    private static ReadOnlySpan<byte> Zip => [0x50, 0x4B, 0x03, 0x04];

    private static ReadOnlySpan<byte> Ole2 => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    // Names inside a zip are stored uncompressed in each entry's header and again in the central directory:
    // every Office Open XML file lists [Content_Types].xml, and only a workbook has its parts under xl/.
    private static ReadOnlySpan<byte> OpenXmlParts => "[Content_Types].xml"u8;

    private static ReadOnlySpan<byte> ExcelFolder => "xl/"u8;

    private static ReadOnlySpan<byte> OdsMimeType => "application/vnd.oasis.opendocument.spreadsheet"u8;

    private const string ToText = "save the sheet as 'CSV UTF-8 (Comma delimited)'";

    /// <summary>What to tell the user about a file that is a workbook or another archive, or null for anything else.</summary>
    public static string? Describe(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Ole2))
            return "file is an Excel 97-2003 workbook (.xls), not a text export: open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx) "
                + $"to read it with 'mcro workbook import FILE.xlsx', or {ToText}";
        if (!bytes.StartsWith(Zip)) return null;
        if (bytes.IndexOf(OdsMimeType) >= 0)
            return "file is an OpenDocument spreadsheet (.ods), not a text export: save it as an Excel workbook (.xlsx) "
                + $"to read it with 'mcro workbook import FILE.xlsx', or {ToText}";
        if (bytes.IndexOf(ExcelFolder) >= 0)
            return "file is an Excel workbook (.xlsx) saved under a text file's name, not a text export: give it back its .xlsx name "
                + $"and read it with 'mcro workbook import FILE.xlsx', or {ToText}";
        if (bytes.IndexOf(OpenXmlParts) >= 0)
            return $"file is an Office document (Word or PowerPoint?) saved under a text file's name, not a text export; {ToText}";
        return "file is a zip archive, not a text export: export the sheet as 'CSV UTF-8 (Comma delimited)'";
    }
}
