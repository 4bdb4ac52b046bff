using Mcro.Diagnostics;
using Mcro.Model;

namespace Mcro.Loading;

/// <summary>The dataset folder on disk; names files as the user wrote the folder, so messages point where they look.</summary>
/// <param name="replaced">
/// Tables read in place of CSV files, by relative path ("2019/offices.csv"): a workbook's sheets, checked by the same
/// loader and validator as the files they replace.
/// </param>
public sealed class DataFolder(string root, string displayRoot, DiagnosticBag bag, InputLog? log = null, IReadOnlyDictionary<string, CsvTable>? replaced = null)
{
    public string Root { get; } = root;

    public DiagnosticBag Bag { get; } = bag;

    /// <summary>The encodings config.yaml declares; until it is read, every file is UTF-8.</summary>
    public DataEncodings Encodings { get; private init; } = DataEncodings.None;

    /// <summary>What reading found worth a look but not wrong (a file declared a code page that reads as UTF-8).</summary>
    public DiagnosticBag Warnings { get; private init; } = new();

    /// <summary>The same folder, reading each file in the encoding config.yaml declares for it.</summary>
    public DataFolder Declaring(DataEncodings encodings) => new(Root, displayRoot, Bag, log, replaced) { Encodings = encodings, Warnings = Warnings, Read = Read };

    /// <summary>The decoded text of each file read so far, by path in the folder: a second look (the glossary's) needs no second read.</summary>
    private Dictionary<string, string> Read { get; init; } = new(StringComparer.Ordinal);

    /// <summary>The text of a file as it was read, or null when it was not.</summary>
    public string? TextRead(string relative) => Read.GetValueOrDefault(relative);

    public string Display(string relative) => relative == "." ? (displayRoot.Length == 0 ? "." : displayRoot) :
        (displayRoot.Length == 0 || displayRoot == "." ? relative : Path.Join(displayRoot, relative)).Replace('\\', '/');

    /// <summary>The name messages give a whole file: the workbook sheet that replaces it ("book.xlsx › offices"), or its path.</summary>
    public string SourceName(string relative) =>
        replaced is not null && replaced.TryGetValue(relative, out var table) ? $"{table.File} › {table.Sheet}" : Display(relative);

    /// <summary>Whether the file is there, or a workbook's sheet stands in for it (a people.csv the year did not have yet).</summary>
    public bool Exists(string relative) => (replaced is not null && replaced.ContainsKey(relative)) || File.Exists(Path.Join(Root, relative));

    public string? ReadText(string relative)
    {
        var path = Path.Join(Root, relative);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            // A folder mcro may not read hides its files: say so, not "missing file".
            if (UnreadableFolderOn(relative) is { } folder)
            {
                Bag.Add(SourceLocation.OfFile(Display(folder)), ProblemCode.FileUnreadable, "cannot read the folder: permission denied");
                return null;
            }
            Bag.Add(SourceLocation.OfFile(Display(relative)), ProblemCode.FileMissing, "missing file (see docs/data-format.md for what it holds)");
            return null;
        }
        // A file that cannot be read (permissions, a folder in its place, a broken link) is reported by the reader.
        var text = TextFileDecoder.Read(path, Display(relative), Bag, log, EncodingDeclarations.Decoding(Encodings, relative, Warnings));
        if (text is not null) Read[relative] = text;
        return text;
    }

    /// <summary>The why of an I/O refusal, in the user's words.</summary>
    public static string Reason(Exception e) => InputRefusal.Reason(e);

    private string? UnreadableFolderOn(string relative)
    {
        var parts = relative.Split('/');
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            var folder = i == 0 ? "." : string.Join('/', parts[..i]);
            var path = Path.Join(Root, folder);
            if (!Directory.Exists(path)) continue;
            try
            {
                using var entries = Directory.EnumerateFileSystemEntries(path).GetEnumerator();
                entries.MoveNext();
                return null;
            }
            catch (UnauthorizedAccessException)
            {
                return folder;
            }
        }
        return null;
    }

    public CsvColumns? ReadCsv(string relative, IReadOnlyList<string> required, IReadOnlyList<string>? optional = null,
        bool otherColumnsAllowed = false) =>
        replaced is not null && replaced.TryGetValue(relative, out var sheet) ? CsvColumns.Bind(sheet, required, Bag, optional, otherColumnsAllowed) :
        ReadText(relative) is { } text && CsvTableReader.Parse(text, Display(relative), Bag) is { } table
            ? CsvColumns.Bind(table, required, Bag, optional, otherColumnsAllowed)
            : null;

    public YamlNode? ReadYaml(string relative)
    {
        if (ReadText(relative) is not { } text) return null;
        var before = Bag.Count;
        var node = YamlTreeReader.Parse(text, Display(relative), Bag);
        // An empty file is an empty mapping, not an error: "notes.yaml" with nothing to say is valid.
        return node ?? (Bag.Count == before ? new YamlMapping([], new SourceLocation(Display(relative), 1, 1)) : null);
    }
}
