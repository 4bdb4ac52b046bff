using System.Collections.Immutable;

namespace Mcro.Model;

/// <summary>One text in each data language (sq, sr, en), keyed by BCP 47 code.</summary>
public sealed record LocalizedText(ImmutableSortedDictionary<string, string> ByLanguage)
{
    public static readonly LocalizedText Empty = new(ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal));

    public string this[string language] =>
        ByLanguage.TryGetValue(language, out var text) ? text
        : throw new KeyNotFoundException($"No '{language}' text; validation should have caught this.");

    public bool Has(string language) => ByLanguage.TryGetValue(language, out var text) && text.Length > 0;

    public static LocalizedText From(IEnumerable<KeyValuePair<string, string>> pairs) =>
        new(pairs.ToImmutableSortedDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));

    public bool Equals(LocalizedText? other) =>
        other is not null && ByLanguage.SequenceEqual(other.ByLanguage);

    public override int GetHashCode() => ByLanguage.Count;
}
