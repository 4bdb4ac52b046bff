using System.Collections.Immutable;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Mcro.Diagnostics;

namespace Mcro.Loading;

/// <summary>
/// Reads CSV as spreadsheets export it (comma or semicolon, Excel's "sep=" line, CRLF, blanks, quoted fields, empty
/// cells after the last column) and keeps the line and column of every cell so problems can point at it.
/// </summary>
public static class CsvTableReader
{
    /// <summary>No cell of a monitoring export is this long; a longer one is a broken file.</summary>
    public const int MaxFieldChars = 10_000;

    public static CsvTable? Parse(string text, string file, DiagnosticBag bag)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            bag.Add(new SourceLocation(file, 1, 1), ProblemCode.EmptyFile, "file is empty; it needs at least its header line");
            return null;
        }

        var errorsBefore = bag.Count;
        var separatorLine = SeparatorLine.Read(text, file, bag);
        if (bag.Count > errorsBefore) return null;
        var body = separatorLine is null ? text : text[separatorLine.Length..];
        var delimiter = separatorLine?.Delimiter ?? DelimiterDetector.Detect(body);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            HasHeaderRecord = false,
            IgnoreBlankLines = false,
            TrimOptions = TrimOptions.Trim,
            Mode = CsvMode.RFC4180,
            BadDataFound = null,
            // The parser's bound counts the file's characters (quotes, doubled quotes); the documented limit is on the
            // value itself and is checked below. This only bounds memory on a broken file.
            MaxFieldSize = 2 * MaxFieldChars + 2,
        };

        var header = ImmutableArray<CsvHeaderCell>.Empty;
        var headerLine = 0;
        var records = ImmutableArray.CreateBuilder<CsvRecord>();
        // Line numbers stay the file's own: the "sep=" line is line 1.
        var line = separatorLine is null ? 1 : 2;
        using var parser = new CsvParser(new StringReader(body), config);
        try
        {
            while (parser.Read())
            {
                var raw = parser.RawRecord;
                var scan = RawRecordScanner.Scan(raw, delimiter, file, line, bag, header.IsDefaultOrEmpty ? null : [.. header.Select(h => h.Name)]);
                var values = parser.Record ?? [];
                if (!IsBlank(values))
                {
                    // A line break inside a quoted value reads the same whatever the file's line ends.
                    var cleaned = values.Select(v => v.Trim().Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')).ToImmutableArray();
                    TooLong(cleaned, scan, file, line, header, bag);
                    if (header.IsDefaultOrEmpty)
                    {
                        headerLine = line;
                        header = [.. WithoutTrailingEmpty(cleaned, 0).Select((name, i) => new CsvHeaderCell(name.ToLowerInvariant(), ColumnAt(scan, i)))];
                    }
                    else
                    {
                        // Spreadsheets add empty cells after the last column ("…;male;;"): they hold nothing to read.
                        var cells = WithoutTrailingEmpty(cleaned, header.Length);
                        records.Add(new CsvRecord(line, cells, [.. cells.Select((_, i) => ColumnAt(scan, i))]));
                    }
                }
                line += CountLineBreaks(raw);
            }
        }
        catch (CsvHelperException e) when (e.InnerException is null || e is MaxFieldSizeException)
        {
            bag.Add(new SourceLocation(file, line, 1), ProblemCode.CsvSyntax,
                e is MaxFieldSizeException
                    ? $"a value is longer than {MaxFieldChars} characters; the file is probably broken (an unclosed quote?)"
                    : $"cannot read this line as CSV: {FirstLine(e.Message)}");
            return null;
        }

        if (header.IsDefaultOrEmpty)
        {
            bag.Add(new SourceLocation(file, 1, 1), ProblemCode.EmptyFile, "file has no header line");
            return null;
        }
        return bag.Count > errorsBefore ? null : new CsvTable(file, headerLine, header, records.ToImmutable());
    }

    /// <summary>A value longer than <see cref="MaxFieldChars"/>, quoted or not, is reported at its cell.</summary>
    private static void TooLong(ImmutableArray<string> values, ImmutableArray<int> scan, string file, int line, ImmutableArray<CsvHeaderCell> header, DiagnosticBag bag)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i].Length <= MaxFieldChars) continue;
            bag.Add(CsvCell.At(file, line, ColumnAt(scan, i), i, header.IsDefaultOrEmpty ? null : [.. header.Select(h => h.Name)]), ProblemCode.CsvSyntax,
                $"a value of {values[i].Length} characters; mcro accepts values up to {MaxFieldChars}: the file is probably broken (an unclosed quote?)");
        }
    }

    /// <summary>The values without the empty ones at the end, keeping at least <paramref name="keep"/> of them.</summary>
    private static ImmutableArray<string> WithoutTrailingEmpty(ImmutableArray<string> values, int keep)
    {
        var length = values.Length;
        while (length > keep && values[length - 1].Length == 0) length--;
        return length == values.Length ? values : values[..length];
    }

    private static int ColumnAt(ImmutableArray<int> starts, int index) => index < starts.Length ? starts[index] : 1;

    private static bool IsBlank(string[] values) => values.All(string.IsNullOrWhiteSpace);

    private static int CountLineBreaks(string raw)
    {
        var count = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\n') count++;
            else if (raw[i] == '\r' && (i + 1 == raw.Length || raw[i + 1] != '\n')) count++;
        }
        return count;
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
