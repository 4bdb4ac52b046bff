
namespace Mcro.Tests.Corpus;

/// <summary>
/// One case of the broken-and-hostile input corpus (tests/corpus/NAME/): the files under data/ replace or add to
/// the base dataset (tests/Mcro.Tests/Fixtures/site, with the product's texts from data/i18n), its "text:" lines change
/// single page texts there (<see cref="TextOverlay"/>), those under templates/ replace or add to the templates, and
/// expected.txt says what mcro must do with it.
/// </summary>
/// <param name="Outcome">"refused": exit 1 with every message fragment printed; "usage": the same with exit 2 (a command line
/// refused before anything is read); "built": exit 0 with the text escaped.</param>
public sealed record CorpusCase(
    string Name,
    string Folder,
    string Category,
    string Outcome,
    IReadOnlyList<string> Arguments,
    IReadOnlyList<string> Messages,
    IReadOnlyList<string> Escaped,
    IReadOnlyList<(string Generator, string File)> Generated,
    IReadOnlyList<string> Deleted)
{
    /// <summary>The page texts the case changes in the product's own i18n files ("text:" lines).</summary>
    public IReadOnlyList<TextOverlay> Texts { get; init; } = [];

    public static string Root => Path.Combine(RepositoryRoot.Path, "tests", "corpus");

    public static IReadOnlyList<CorpusCase> All() =>
        [.. Directory.EnumerateDirectories(Root).Order(StringComparer.Ordinal).Select(Load)];

    public static CorpusCase Load(string folder)
    {
        var lines = File.ReadAllLines(Path.Combine(folder, "expected.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(':', 2) is [var key, var value] ? (Key: key.Trim(), Value: value.Trim()) : throw new FormatException($"{folder}/expected.txt: '{l}' is not 'key: value'"))
            .ToList();
        IReadOnlyList<string> All(string key) => [.. lines.Where(l => l.Key == key).Select(l => l.Value)];
        string One(string key) => All(key) is [var value] ? value : throw new FormatException($"{folder}/expected.txt needs exactly one '{key}:'");
        var unknown = lines.Select(l => l.Key).Except(["category", "outcome", "args", "message", "escaped", "generate", "delete", "text"]).ToList();
        if (unknown.Count > 0) throw new FormatException($"{folder}/expected.txt: unknown key(s) {string.Join(", ", unknown)}");
        var outcome = One("outcome");
        if (outcome is not ("refused" or "usage" or "built")) throw new FormatException($"{folder}/expected.txt: outcome is refused, usage or built");
        return new CorpusCase(
            Path.GetFileName(folder), folder, One("category"), outcome,
            [.. All("args").SelectMany(a => a.Split(' ', StringSplitOptions.RemoveEmptyEntries))],
            All("message"), All("escaped"),
            [.. All("generate").Select(g => g.Split(' ', 2) is [var generator, var file] ? (generator, file) : throw new FormatException($"{folder}: generate: NAME FILE"))],
            All("delete"))
        {
            Texts = [.. All("text").Select(t => TextOverlay.Parse(t, folder))],
        };
    }

    /// <summary>The exit code the outcome means.</summary>
    public int ExitCode => Outcome switch { "built" => 0, "usage" => 2, _ => 1 };

    /// <summary>The case's own templates (partials, a page), laid over the repository's; null when it has none.</summary>
    public string? Templates => Directory.Exists(Path.Combine(Folder, "templates")) ? Path.Combine(Folder, "templates") : null;

    public override string ToString() => Name;
}
