using Mcro.Diagnostics;
using Mcro.Loading;

namespace Mcro.Review.Data;

/// <summary>
/// One text of a YAML file by its key, as the loader flattens it ("site.note", "title.sr", "exclusions[novoberde].reason.sq"),
/// with the place its value starts.
/// </summary>
public sealed record DataText(string Key, string Value, SourceLocation Location)
{
    /// <summary>Every scalar of the tree. A list's items are named by their municipality where that names one alone, else by their place.</summary>
    public static IReadOnlyList<DataText> Of(YamlNode root)
    {
        var texts = new List<DataText>();
        Walk(root, "", texts);
        return texts;
    }

    /// <summary>A list file (sr-Cyrl-keep.txt): each entry is its own key, on its line.</summary>
    public static IReadOnlyList<DataText> OfList(string text, string file)
    {
        var texts = new List<DataText>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var entry = (line.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0 ? line[..hash] : line).Trim();
            if (entry.Length > 0 && seen.Add(entry)) texts.Add(new DataText(entry, entry, new SourceLocation(file, i + 1, line.IndexOf(entry, StringComparison.Ordinal) + 1)));
        }
        return texts;
    }

    private static void Walk(YamlNode node, string key, List<DataText> texts)
    {
        switch (node)
        {
            case YamlScalar scalar:
                texts.Add(new DataText(key, scalar.Value, scalar.TextStart));
                break;
            case YamlMapping mapping:
                foreach (var (name, value) in mapping.Entries) Walk(value, key.Length == 0 ? name.Value : key + "." + name.Value, texts);
                break;
            case YamlSequence sequence:
                var names = sequence.Items.Select(ItemName).ToList();
                for (var i = 0; i < sequence.Items.Length; i++)
                {
                    var name = names[i] is { } own && names.Count(n => n == own) == 1 ? own : i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    Walk(sequence.Items[i], $"{key}[{name}]", texts);
                }
                break;
        }
    }

    /// <summary>
    /// An exclusion is known by its municipality, a definition's indicator or duty by its key: one added in the middle of
    /// the list is one added, not all after it changed.
    /// </summary>
    private static string? ItemName(YamlNode item) => item is not YamlMapping mapping ? null
        : mapping["municipality"] is YamlScalar { Value.Length: > 0 } municipality ? municipality.Value
        : mapping["key"] is YamlScalar { Value.Length: > 0 } key ? key.Value
        : null;
}
