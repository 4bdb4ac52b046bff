using System.Collections.Concurrent;
using System.Text.Json;

namespace Mcro.Localization.Collation;

/// <summary>
/// The collation pinned in mcro (Cldr/collation.json, written by tools/cldr/collation.mjs; its source and CLDR version
/// are in the file): CLDR's root order and the tailorings of the languages that have one. Nothing comes from the
/// machine's ICU, so names sort the same everywhere, with globalization-invariant .NET as well.
/// </summary>
internal static class CollationData
{
    private static readonly Lazy<(string Source, CollationRoot Root, IReadOnlyDictionary<string, string> Tailorings)> Data = new(Read);
    private static readonly ConcurrentDictionary<string, CollationTable> Tables = new(StringComparer.OrdinalIgnoreCase);

    public static string Source => Data.Value.Source;

    /// <summary>
    /// The table of a language tag: its own tailoring, else that of a shorter tag ("sr-Cyrl" → sr), else CLDR's root
    /// order, so a language added from data alone sorts by root.
    /// </summary>
    public static CollationTable For(string tag) => Tables.GetOrAdd(Tailoring(tag) ?? "", static key =>
    {
        var order = new CollationOrder(Data.Value.Root);
        if (key.Length > 0) order.Apply(CollationRule.Parse(Resolve(Data.Value.Tailorings[key])));
        return order.Weigh();
    });

    /// <summary>The tag whose tailoring a language tag uses, or null for CLDR's root order.</summary>
    public static string? Tailoring(string tag)
    {
        for (var t = tag; t.Length > 0; t = t.LastIndexOf('-') is var dash and > 0 ? t[..dash] : "")
            if (Data.Value.Tailorings.Keys.FirstOrDefault(k => k.Equals(t, StringComparison.OrdinalIgnoreCase)) is { } key) return key;
        return null;
    }

    // "[import hr]" stands for hr's rules (CLDR's sr_Latn is exactly that).
    private static string Resolve(string rules) =>
        rules.StartsWith("[import ", StringComparison.Ordinal) && rules.IndexOf(']') is var end
            ? Resolve(Data.Value.Tailorings[rules[8..end]]) + rules[(end + 1)..]
            : rules;

    private static (string, CollationRoot, IReadOnlyDictionary<string, string>) Read()
    {
        using var stream = typeof(CollationData).Assembly.GetManifestResourceStream("Mcro.Cldr.collation.json")
            ?? throw new InvalidOperationException("the collation data is not embedded in Mcro.Core");
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement.GetProperty("root");
        var blocks = root.GetProperty("blocks").EnumerateArray()
            .Select(b => (b.GetProperty("script").GetString()!, (IReadOnlyList<string>)[.. b.GetProperty("order").EnumerateArray().Select(l => l.GetString()!)]))
            .ToList();
        var marks = root.GetProperty("marks").GetString()!.EnumerateRunes().Select(r => r.ToString()).ToList();
        var expansions = root.GetProperty("expansions").EnumerateArray().Select(e => e.GetString()!).ToList();
        var tailorings = json.RootElement.GetProperty("tailorings").EnumerateObject().ToDictionary(t => t.Name, t => t.Value.GetString()!, StringComparer.Ordinal);
        return (json.RootElement.GetProperty("source").GetString()!, new CollationRoot(blocks, marks, expansions), tailorings);
    }
}
