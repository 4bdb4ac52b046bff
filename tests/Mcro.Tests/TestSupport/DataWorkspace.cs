using System.Text;
using Mcro.Diagnostics;
using Mcro.Model;
using Mcro.Validation;

namespace Mcro.Tests.TestSupport;

/// <summary>
/// A private copy of a fixture dataset in a temporary folder. A test applies one edit to it
/// (replace a line, write a file) so the breakage reads inline, then validates the copy.
/// </summary>
public sealed class DataWorkspace : IDisposable
{
    private readonly TempFolder _folder;

    private DataWorkspace(TempFolder folder, string root)
    {
        _folder = folder;
        Root = root;
    }

    /// <summary>The copy on disk.</summary>
    public string Root { get; }

    public static string FixturePath(string name = "valid") => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>Copies Fixtures/{name} (or any folder given by its full path) into a fresh temporary folder.</summary>
    public static DataWorkspace CopyOf(string fixture = "valid", string? folderName = null)
    {
        var source = Path.IsPathFullyQualified(fixture) ? fixture : FixturePath(fixture);
        var folder = new TempFolder("mcro-data-");
        var root = folder.PathOf(folderName ?? "data");
        FolderCopy.Copy(source, root);
        return new DataWorkspace(folder, root);
    }

    public string PathOf(string file) => Path.Combine(Root, file);

    public string Read(string file) => File.ReadAllText(PathOf(file), Encoding.UTF8);

    /// <summary>Replaces text that must occur exactly once in the file, so an edit never silently misses.</summary>
    public DataWorkspace Replace(string file, string oldText, string newText)
    {
        var text = Read(file);
        var first = text.IndexOf(oldText, StringComparison.Ordinal);
        if (first < 0) throw new InvalidOperationException($"'{oldText}' is not in {file}");
        if (text.IndexOf(oldText, first + 1, StringComparison.Ordinal) >= 0)
            throw new InvalidOperationException($"'{oldText}' occurs more than once in {file}; give more context");
        return Write(file, string.Concat(text.AsSpan(0, first), newText, text.AsSpan(first + oldText.Length)));
    }

    /// <summary>Writes the text as UTF-8 without byte-order mark, exactly as given (no line-end conversion).</summary>
    public DataWorkspace Write(string file, string text) =>
        WriteBytes(file, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));

    public DataWorkspace WriteBytes(string file, byte[] bytes)
    {
        var path = PathOf(file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public DataWorkspace Append(string file, string text) => Write(file, Read(file) + text);

    public DataWorkspace Delete(string file)
    {
        if (Directory.Exists(PathOf(file))) Directory.Delete(PathOf(file), recursive: true);
        else File.Delete(PathOf(file));
        return this;
    }

    public DataWorkspace CreateFolder(string folder)
    {
        Directory.CreateDirectory(PathOf(folder));
        return this;
    }

    /// <summary>Loads and validates the copy, naming files under <paramref name="displayRoot"/> as the CLI does.</summary>
    public Result<Dataset> Validate(string displayRoot = "data", IReadOnlyCollection<int>? years = null) =>
        DatasetValidator.LoadAndValidate(Root, displayRoot, years);

    /// <summary>Every problem as printed: "path:line:column: message", in the printed order.</summary>
    public IReadOnlyList<string> Problems(string displayRoot = "data", IReadOnlyCollection<int>? years = null) =>
        [.. Validate(displayRoot, years).Problems.Select(d => d.ToString())];

    /// <summary>Every problem with the rule that found it: "rule | path:line:column: message".</summary>
    public IReadOnlyList<string> ProblemsWithRules(string displayRoot = "data") =>
        [.. Validate(displayRoot).Problems.Select(d => $"{d.Rule} | {d}")];

    public void Dispose() => _folder.Dispose();
}
