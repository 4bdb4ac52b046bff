using Mcro.Diagnostics;
using Mcro.Loading;
using Mcro.Loading.Mechanisms;
using Mcro.Model;

namespace Mcro.Localization;

/// <summary>
/// The series' definitions (mechanisms/ID.yaml) as a translator sees them: every text a sheet shows of a mechanism
/// (name, plural, abbreviation, mandate, legal_basis, people.label, each indicator's and duty's label) is written in
/// every data language, or `mcro i18n status` lists it as missing (no text in that language) or empty, at the text's
/// key in the file. The definition is read again from its text, so the place is the text's own, not the file's.
/// </summary>
public static class MechanismTextStatus
{
    private static readonly string[] Texts = ["name", "plural", "abbreviation", "mandate", "legal_basis"];

    public static IReadOnlyList<TranslationFinding> Check(string root, string displayRoot, DatasetConfig config)
    {
        var folder = new DataFolder(root, displayRoot, new DiagnosticBag()).Declaring(config.Encodings);
        var findings = new List<TranslationFinding>();
        foreach (var file in MechanismDefinitionLoader.Files(root))
        {
            var relative = $"{MechanismDefinitionLoader.Folder}/{file}";
            var id = Path.GetFileNameWithoutExtension(file);
            // What cannot be read or parsed is a problem of loading, reported there.
            if (folder.ReadText(relative) is not { } text || YamlTreeReader.Parse(text, folder.Display(relative), new DiagnosticBag()) is not YamlMapping map) continue;
            foreach (var (path, key, value) in TextsOf(map))
            {
                foreach (var language in config.Languages)
                {
                    var written = value is YamlMapping byLanguage ? byLanguage.Entries.FirstOrDefault(e => e.Key.Value == language) : default;
                    var kind = written.Key is null ? "missing" : written.Value is YamlScalar { Value: var v } && v.Trim().Length == 0 ? "empty" : null;
                    if (kind is null) continue;
                    var at = written.Key?.Location ?? key.Location;
                    var message = kind == "missing"
                        ? $"mechanism {id}: {path} has no '{language}' text ({relative}); write it under {path}: {{ {language}: … }}"
                        : $"{language}: mechanism {id}: {path} is empty";
                    findings.Add(new TranslationFinding(language, kind, $"{relative} {path}", new Diagnostic(at, ProblemCode.OfTranslation(kind), message)));
                }
            }
        }
        return findings;
    }

    /// <summary>Each text of the definition with its path ("indicators[1].label"), its key as written and its value.</summary>
    private static IEnumerable<(string Path, YamlScalar Key, YamlNode Value)> TextsOf(YamlMapping map)
    {
        foreach (var entry in map.Entries.Where(e => Texts.Contains(e.Key.Value))) yield return (entry.Key.Value, entry.Key, entry.Value);
        if (map["people"] is YamlMapping people && people.Entries.FirstOrDefault(e => e.Key.Value == "label") is { Key: not null } label)
            yield return ("people.label", label.Key, label.Value);
        foreach (var list in (string[])["indicators", "duties"])
        {
            if (map[list] is not YamlSequence items) continue;
            for (var i = 0; i < items.Items.Length; i++)
            {
                if (items.Items[i] is YamlMapping question && question.Entries.FirstOrDefault(e => e.Key.Value == "label") is { Key: not null } l)
                    yield return ($"{list}[{i}].label", l.Key, l.Value);
            }
        }
    }
}
