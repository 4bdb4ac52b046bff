using Mcro.Model;

namespace Mcro.Localization;

/// <summary>Names from the data (municipalities, communities, tasks, notes) as one edition writes them.</summary>
public sealed class EditionNames(Dataset dataset, Edition edition)
{
    private readonly Dictionary<string, Municipality> _municipalities = dataset.Municipalities.ToDictionary(m => m.Code, StringComparer.Ordinal);
    private readonly Dictionary<string, Community> _communities = dataset.Communities.ToDictionary(c => c.Code, StringComparer.Ordinal);
    private readonly Dictionary<string, CoreTask> _tasks = dataset.Tasks.ToDictionary(t => t.Key, StringComparer.Ordinal);

    public string Municipality(string code) => _municipalities.TryGetValue(code, out var m) ? Of(m.Name) : code;

    public string Community(string code) => _communities.TryGetValue(code, out var c) ? Of(c.Name) : code;

    public string Task(string key) => _tasks.TryGetValue(key, out var t) ? Of(t.Name) : key;

    /// <summary>A text of the data (a note, a reason, the site title) in this edition.</summary>
    public string Of(LocalizedText text) => edition.Script(text[edition.DataLanguage]);
}
