using Mcro.Model;

namespace Mcro.Localization;

/// <summary>Names from the data (municipalities, communities, tasks, notes) as one edition writes them.</summary>
public sealed class EditionNames(Dataset dataset, Edition edition)
{
    private readonly Dictionary<string, Municipality> _municipalities = dataset.Municipalities.ToDictionary(m => m.Code, StringComparer.Ordinal);
    private readonly Dictionary<string, Community> _communities = dataset.Communities.ToDictionary(c => c.Code, StringComparer.Ordinal);
    private readonly Dictionary<string, CoreTask> _tasks = dataset.Tasks.ToDictionary(t => t.Key, StringComparer.Ordinal);

    /// <summary>The data language the names are taken from ("sr" for sr-Cyrl).</summary>
    public string Language => edition.DataLanguage;

    public string Municipality(string code) => _municipalities.TryGetValue(code, out var m) ? Of(m.Name) : code;

    /// <summary>The name after "in": the locative where the data gives one, else the name.</summary>
    public string MunicipalityLocative(string code) =>
        _municipalities.TryGetValue(code, out var m) && m.Locative.Has(edition.DataLanguage) ? Of(m.Locative) : Municipality(code);

    /// <summary>
    /// Municipalities in alphabetical order, as the published sheets list them ("Leposavić, Severna Mitrovica i Zubin
    /// Potok"): by the data language's name without diacritics, then as written, so the order is the same on every
    /// machine and the Cyrillic edition stays the transliteration of the Latin one.
    /// </summary>
    public IReadOnlyList<string> Alphabetical(IEnumerable<string> codes) =>
        codes.OrderBy(c => Fold(DataName(c)), StringComparer.Ordinal).ThenBy(DataName, StringComparer.Ordinal).ToList();

    private string DataName(string code) => _municipalities.TryGetValue(code, out var m) ? m.Name[edition.DataLanguage] : code;

    private static string Fold(string name) =>
        new(Collation.UnicodeNormalization.Decompose(name.ToLowerInvariant())
            .Where(c => char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .Select(c => c == 'đ' ? 'd' : c).ToArray());

    public string Community(string code) => _communities.TryGetValue(code, out var c) ? Of(c.Name) : code;

    public string Task(string key) => _tasks.TryGetValue(key, out var t) ? Of(t.Name) : key;

    /// <summary>A text of the data (a note, a reason, the site title) in this edition.</summary>
    public string Of(LocalizedText text) => edition.Script(text[edition.DataLanguage]);
}
