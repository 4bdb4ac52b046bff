using System.Collections.Immutable;
using Mcro.Diagnostics;
using Mcro.Model;

namespace Mcro.Loading;

/// <summary>Reads typed values out of a <see cref="YamlNode"/> tree, naming the key and position of what is wrong.</summary>
public static class YamlValues
{
    public static YamlMapping? Mapping(YamlNode? node, string what, SourceLocation fallback, DiagnosticBag bag)
    {
        if (node is YamlMapping m) return m;
        bag.Add(node?.Location ?? fallback, ProblemCode.YamlShape, $"{what} must be a mapping of 'key: value' lines");
        return null;
    }

    public static ImmutableArray<YamlNode> Sequence(YamlNode? node, string what, DiagnosticBag bag)
    {
        switch (node)
        {
            case null:
            case YamlScalar { Value: "" or "~" or "null", Quoted: false }:
                return [];
            case YamlSequence s:
                return s.Items;
            default:
                bag.Add(node.Location, ProblemCode.YamlShape, $"{what} must be a list ('- …' lines or [ … ])");
                return [];
        }
    }

    public static string? Scalar(YamlNode? node, string what, SourceLocation fallback, DiagnosticBag bag)
    {
        if (node is YamlScalar s) return s.Value;
        bag.Add(node?.Location ?? fallback, node is null ? ProblemCode.ValueMissing : ProblemCode.YamlShape,
            node is null ? $"{what} is missing" : $"{what} must be a single value");
        return null;
    }

    public static bool? Boolean(YamlNode? node, string what, bool fallbackValue, DiagnosticBag bag)
    {
        if (node is null) return fallbackValue;
        if (node is YamlScalar s)
        {
            switch (s.Value.Trim().ToLowerInvariant())
            {
                case "true" or "yes": return true;
                case "false" or "no": return false;
            }
        }
        bag.Add(node.Location, ProblemCode.ValueDomain, $"{what} must be true or false");
        return null;
    }

    /// <summary>A text per language ("sq: …, sr: …"); which languages must be there (and saying so when it is missing) is validation's concern.</summary>
    public static LocalizedText Localized(YamlNode? node, string what, SourceLocation fallback, DiagnosticBag bag)
    {
        if (node is null || Mapping(node, what, fallback, bag) is not { } map) return LocalizedText.Empty;
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var (key, value) in map.Entries)
        {
            if (value is YamlScalar s)
            {
                // A text with an invisible character is reported and kept, so validation does not also call it missing.
                CellReader.Visible(s.Value, s.TextStart, $"{what}.{key.Value}", bag);
                pairs.Add(new(key.Value, s.Value.Trim()));
            }
            else bag.Add(value.Location, ProblemCode.YamlShape, $"{what}.{key.Value} must be a text");
        }
        return LocalizedText.From(pairs);
    }

    public static void RejectUnknownKeys(YamlMapping map, string what, IReadOnlyList<string> known, DiagnosticBag bag)
    {
        foreach (var key in map.Entries.Select(e => e.Key).Where(k => !known.Contains(k.Value)))
            bag.Add(key.Location, ProblemCode.YamlUnknownKey,
                $"unknown key '{Printable.Quote(key.Value)}' in {what}{Suggestions.DidYouMean(key.Value, known)} (known: {string.Join(", ", known)})");
    }
}
