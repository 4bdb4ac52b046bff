using Mcro.Diagnostics;
using Mcro.Loading;

namespace Mcro.Localization;

/// <summary>
/// Every text, note and name the pages show, read again from the files' text as loading decoded it: each language's
/// i18n file (every text), config.yaml, the years' notes.yaml and their mechanisms' (YEAR/ID/notes.yaml), and the series'
/// definitions (mechanisms/ID.yaml): every text under a language key; and the name and locative columns of
/// municipalities.csv, communities.csv and tasks.csv.
/// </summary>
public static class GlossaryTexts
{
    private static readonly string[] NameLists = ["municipalities.csv", "communities.csv", "tasks.csv"];

    /// <param name="textOf">A file's decoded text by its path in the data folder; null when it was not read.</param>
    /// <param name="display">A file's path as messages name it.</param>
    /// <param name="mechanisms">The ids of the series' definitions (mechanisms/ID.yaml): their texts, and the notes of their year folders.</param>
    public static IEnumerable<GlossaryText> Of(Func<string, string?> textOf, Func<string, string> display, IReadOnlyList<string> languages,
        IEnumerable<int> years, IEnumerable<string>? mechanisms = null)
    {
        var ids = mechanisms?.ToList() ?? [];
        foreach (var language in languages)
        {
            foreach (var text in Yaml(textOf, display, $"i18n/{language}.yaml", (path, _) => (language, $"text '{path}'")))
                yield return text;
        }
        var yamlFiles = years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .SelectMany(y => ids.Select(id => $"{y}/{id}/notes.yaml").Prepend($"{y}/notes.yaml")).Prepend("config.yaml");
        foreach (var file in yamlFiles)
        {
            // A text in a language's name: "reason: {sq: …, sr: …}", "title: {en: …}".
            foreach (var text in Yaml(textOf, display, file, (path, key) => languages.Contains(key) ? (key, path) : null))
                yield return text;
        }
        foreach (var id in ids)
        {
            // A definition's every text is under a language key: name, plural, mandate, indicators[0].label, ….
            foreach (var text in Yaml(textOf, display, $"{Loading.Mechanisms.MechanismDefinitionLoader.Folder}/{id}.yaml",
                (path, key) => languages.Contains(key) ? (key, $"{path} of mechanism {id}") : null))
                yield return text;
        }
        foreach (var file in NameLists)
        {
            foreach (var text in Csv(textOf, display, file, languages))
                yield return text;
        }
    }

    private static IEnumerable<GlossaryText> Yaml(Func<string, string?> textOf, Func<string, string> display, string file,
        Func<string, string, (string Language, string What)?> shown)
    {
        if (textOf(file) is not { } source || YamlTreeReader.Parse(source, display(file), new DiagnosticBag()) is not { } root) yield break;
        var scalars = new List<(YamlScalar Scalar, string Path, string Key, bool IsValue)>();
        Walk(root, "", "", scalars);
        var lines = LineStarts(source);
        for (var i = 0; i < scalars.Count; i++)
        {
            var (scalar, path, key, isValue) = scalars[i];
            if (!isValue || scalar.Value.Length == 0 || shown(path, key) is not { } at) continue;
            var end = i + 1 < scalars.Count ? Offset(lines, scalars[i + 1].Scalar.Location, source) : source.Length;
            yield return new GlossaryText(at.Language, at.What, scalar.Value, source, Offset(lines, scalar.Location, source), end, scalar.TextStart);
        }
    }

    /// <summary>The scalars in the order they are written (a key before its value), each value with its dotted path.</summary>
    private static void Walk(YamlNode node, string path, string key, List<(YamlScalar, string, string, bool)> scalars)
    {
        switch (node)
        {
            case YamlScalar s:
                scalars.Add((s, path, key, true));
                break;
            case YamlSequence seq:
                for (var i = 0; i < seq.Items.Length; i++) Walk(seq.Items[i], $"{path}[{i}]", "", scalars);
                break;
            case YamlMapping map:
                foreach (var (k, value) in map.Entries)
                {
                    scalars.Add((k, path, k.Value, false));
                    Walk(value, path.Length == 0 ? k.Value : $"{path}.{k.Value}", k.Value, scalars);
                }
                break;
        }
    }

    private static IEnumerable<GlossaryText> Csv(Func<string, string?> textOf, Func<string, string> display, string file, IReadOnlyList<string> languages)
    {
        if (textOf(file) is not { } source || CsvTableReader.Parse(source, display(file), new DiagnosticBag()) is not { } table) yield break;
        var lines = LineStarts(source);
        var columns = table.Header.Select(h => h.Name).ToList();
        for (var r = 0; r < table.Records.Length; r++)
        {
            var record = table.Records[r];
            var code = record.Values.Length > 0 ? record.Values[0] : "";
            var nextRecord = r + 1 < table.Records.Length ? Offset(lines, table.Records[r + 1].Line, 1, source) : source.Length;
            foreach (var language in languages)
            {
                foreach (var column in (string[])[$"name_{language}", $"locative_{language}"])
                {
                    var i = columns.IndexOf(column);
                    if (i < 0 || i >= record.Values.Length || record.Values[i].Length == 0) continue;
                    var start = Offset(lines, record.Line, record.Columns[i], source);
                    var end = i + 1 < record.Columns.Length ? Offset(lines, record.Line, record.Columns[i + 1], source) : nextRecord;
                    var quoted = start < source.Length && source[start] == '"';
                    yield return new GlossaryText(language, $"{column} of '{Printable.Quote(code)}'", record.Values[i], source, start, Math.Max(start, end),
                        new SourceLocation(display(file), record.Line, record.Columns[i] + (quoted ? 1 : 0)));
                }
            }
        }
    }

    private static List<int> LineStarts(string source)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] == '\n') starts.Add(i + 1);
        }
        return starts;
    }

    private static int Offset(List<int> lines, SourceLocation at, string source) => Offset(lines, at.Line, at.Column, source);

    private static int Offset(List<int> lines, int line, int column, string source) =>
        line < 1 || line > lines.Count ? source.Length : Math.Clamp(lines[line - 1] + Math.Max(column, 1) - 1, 0, source.Length);
}
