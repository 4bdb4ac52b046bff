using System.Collections.Frozen;
using System.Text.Json;

namespace Mcro.Localization.Cldr;

/// <summary>
/// The CLDR data pinned in mcro (locales.json, written by tools/cldr/generate.mjs; its source and version are in the
/// file), read once. Nothing comes from the machine's ICU, so a page has the same bytes everywhere.
/// </summary>
public static class CldrData
{
    private static readonly Lazy<(string Source, FrozenDictionary<string, CldrLocale> Locales)> Data = new(Read);

    public static string Source => Data.Value.Source;

    public static IEnumerable<string> Languages => Data.Value.Locales.Keys.Order(StringComparer.Ordinal);

    /// <summary>The locale of a language tag, or of its language alone ("sr-Cyrl" → sr); null when CLDR data has neither.</summary>
    public static CldrLocale? Find(string tag)
    {
        var locales = Data.Value.Locales;
        return locales.TryGetValue(tag, out var exact) ? exact : locales.GetValueOrDefault(tag.Split('-')[0]);
    }

    private static (string, FrozenDictionary<string, CldrLocale>) Read()
    {
        using var stream = typeof(CldrData).Assembly.GetManifestResourceStream("Mcro.Cldr.locales.json")
            ?? throw new InvalidOperationException("the CLDR data is not embedded in Mcro.Core");
        using var json = JsonDocument.Parse(stream);
        var locales = new Dictionary<string, CldrLocale>(StringComparer.Ordinal);
        foreach (var locale in json.RootElement.GetProperty("locales").EnumerateObject())
        {
            var l = locale.Value;
            locales[locale.Name] = new CldrLocale(
                l.GetProperty("name").GetString()!,
                [.. l.GetProperty("plurals").EnumerateObject().Select(p => (p.Name, PluralRule.Parse(p.Value.GetString()!)))],
                l.GetProperty("decimal").GetString()!,
                l.GetProperty("group").GetString()!,
                l.GetProperty("minus").GetString()!,
                l.GetProperty("minimumGroupingDigits").GetInt32(),
                l.GetProperty("percentPattern").GetString()!);
        }
        return (json.RootElement.GetProperty("source").GetString()!, locales.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
