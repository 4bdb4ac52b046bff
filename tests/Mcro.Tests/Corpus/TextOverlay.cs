namespace Mcro.Tests.Corpus;

/// <summary>
/// A corpus case's change to one page text ("text: en page.skip_to_content = VALUE" in expected.txt): the value, as
/// YAML, replaces that key's in the copy of the product's own data/i18n file, so a case carries only what it changes.
/// </summary>
public sealed record TextOverlay(string Language, string Key, string Value)
{
    public static TextOverlay Parse(string line, string folder) =>
        line.Split(' ', 2) is [var language, var rest] && rest.Split(" = ", 2) is [var key, var value]
            ? new TextOverlay(language, key.Trim(), value)
            : throw new FormatException($"{folder}/expected.txt: text: LANG KEY = VALUE, not '{line}'");

    /// <summary>Puts the value in place of the key's in i18n/LANG.yaml under the data folder; a key the file lacks is an error of the case.</summary>
    public void ApplyTo(string data)
    {
        var file = Path.Combine(data, "i18n", Language + ".yaml");
        var lines = File.ReadAllLines(file);
        var path = new List<(int Indent, string Name)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart(' ');
            if (trimmed.Length == 0 || trimmed.StartsWith('#') || trimmed.IndexOf(':', StringComparison.Ordinal) is not (> 0 and var colon)) continue;
            var indent = line.Length - trimmed.Length;
            path.RemoveAll(p => p.Indent >= indent);
            var name = trimmed[..colon];
            path.Add((indent, name));
            if (string.Join('.', path.Select(p => p.Name)) != Key) continue;
            lines[i] = line[..indent] + name + ": " + Value;
            File.WriteAllLines(file, lines);
            return;
        }
        throw new InvalidOperationException($"{file} has no text {Key} to change");
    }
}
