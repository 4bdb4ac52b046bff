using System.Text;
using Mcro.Diagnostics;
using Mcro.Loading;
using Mcro.Model;
using Mcro.Site;

namespace Mcro.Workbook;

/// <summary>
/// Writes a year's CSV files from checked tables, each in its file's own style; a file whose rows are as they were is
/// not touched. The year is swapped in whole: its folder is copied, the copy updated, and the two exchanged in one step
/// (Linux renameat2); where the system cannot, each file is replaced by one rename of a whole new file.
/// </summary>
internal static class YearFiles
{
    public sealed record Outcome(IReadOnlyList<string> Changed, IReadOnlyList<string> Unchanged, Diagnostic? Problem);

    /// <param name="encodings">What config.yaml declares: a file in a code page is read and written back in it.</param>
    public static Outcome Write(string root, string displayRoot, string year, IReadOnlyDictionary<string, CsvTable> tables, DataEncodings encodings)
    {
        var folder = new DataFolder(root, displayRoot, new DiagnosticBag()).Declaring(encodings);
        var changed = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var unchanged = new List<string>();
        foreach (var (relative, table) in tables.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var path = Path.Join(root, relative);
            var existing = File.Exists(path) && folder.ReadText(relative) is { } text ? CsvTableReader.Parse(text, relative, folder.Bag) : null;
            var header = existing?.Header.Select(h => h.Name).ToList() ?? [.. table.Header.Select(h => h.Name)];
            var indexOf = header.Select(name => table.Header.Select(h => h.Name).ToList().IndexOf(name)).ToList();
            var rows = table.Records.Select(r => (IReadOnlyList<string>)[.. indexOf.Select(i => i >= 0 ? r.Values[i] : "")]).ToList();
            if (existing is not null && existing.Records.Length == rows.Count
                && existing.Records.Zip(rows).All(p => p.First.Values.SequenceEqual(p.Second, StringComparer.Ordinal)))
            {
                unchanged.Add(folder.Display(relative));
                continue;
            }
            var declared = encodings.For(relative);
            var style = existing is null ? CsvFileStyle.Default(header) : CsvFileStyle.Of(File.ReadAllBytes(path), existing, declared);
            try
            {
                changed[relative] = style.Render(rows);
            }
            catch (EncoderFallbackException e)
            {
                return new Outcome([], unchanged, new Diagnostic(SourceLocation.OfFile(folder.Display(relative)), ProblemCode.Encoding,
                    $"the letter '{e.CharUnknown}' cannot be written in {declared?.Name}, the encoding config.yaml declares for this file; "
                    + "nothing was changed: correct the value, or declare utf-8 for the file"));
            }
        }
        if (changed.Count == 0) return new Outcome([], unchanged, null);
        try
        {
            Swap(Path.Join(root, year), changed.ToDictionary(c => Path.GetRelativePath(year, c.Key), c => c.Value));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Outcome([], unchanged, new Diagnostic(SourceLocation.OfFile(folder.Display(year)), ProblemCode.FileUnwritable,
                $"cannot write the year; nothing was changed: {DataFolder.Reason(e)}"));
        }
        return new Outcome([.. changed.Keys.Select(folder.Display)], unchanged, null);
    }

    private static void Swap(string yearFolder, Dictionary<string, byte[]> files)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(yearFolder))!;
        var staging = Path.Combine(parent, $".mcro-import-{Path.GetFileName(yearFolder)}-{Guid.NewGuid():N}");
        try
        {
            Copy(yearFolder, staging);
            // A file may sit in a mechanism's folder of the year ("cc/municipalities.csv").
            foreach (var (name, bytes) in files) File.WriteAllBytes(Path.Combine(staging, name), bytes);
            if (!FolderExchange.TryExchange(staging, yearFolder))
            {
                foreach (var name in files.Keys) File.Move(Path.Combine(staging, name), Path.Combine(yearFolder, name), overwrite: true);
            }
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.EnumerateDirectories(from)) Copy(folder, Path.Combine(to, Path.GetFileName(folder)));
    }
}
