using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Mcro.Localization.Collation;

/// <summary>
/// Unicode's canonical composition and decomposition (NFC, NFD), from data pinned in mcro (Cldr/normalization.json,
/// written by tools/cldr/normalization.mjs): .NET's string.Normalize asks ICU and, without it, returns the text as it
/// came, so "c + combining caron" would stay two characters on one machine and be "č" on another.
/// </summary>
public static class UnicodeNormalization
{
    private const int HangulFirst = 0xAC00, HangulCount = 11172, LeadFirst = 0x1100, VowelFirst = 0x1161, TrailFirst = 0x11A7;
    private const int VowelCount = 21, TrailCount = 28;

    private static readonly Lazy<(FrozenDictionary<int, int[]> Decompositions, FrozenDictionary<int, int> Classes, FrozenDictionary<(int, int), int> Compositions)> Data = new(Read);

    /// <summary>The canonical decomposition (NFD): "č" as "c" and a combining caron, marks in canonical order.</summary>
    public static string Decompose(string text) => IsAscii(text) ? text : ToText(DecomposedRunes(text));

    /// <summary>The canonical composition (NFC): "c" and a combining caron as "č".</summary>
    public static string Compose(string text)
    {
        if (IsAscii(text)) return text;
        var runes = DecomposedRunes(text);
        var (_, classes, compositions) = Data.Value;
        var starter = -1;
        var lastClass = -1;
        var kept = new List<int>(runes.Count);
        foreach (var rune in runes)
        {
            var @class = classes.GetValueOrDefault(rune);
            if (starter >= 0 && (lastClass < @class || lastClass == -1) && Composite(kept[starter], rune, compositions) is { } composite)
            {
                kept[starter] = composite;
                continue;
            }
            if (@class == 0) { starter = kept.Count; lastClass = -1; }
            else lastClass = @class;
            kept.Add(rune);
        }
        return ToText(kept);
    }

    private static int? Composite(int first, int second, FrozenDictionary<(int, int), int> compositions)
    {
        if (first >= LeadFirst && first < LeadFirst + 19 && second >= VowelFirst && second < VowelFirst + VowelCount)
            return HangulFirst + ((first - LeadFirst) * VowelCount + (second - VowelFirst)) * TrailCount;
        if (first >= HangulFirst && first < HangulFirst + HangulCount && (first - HangulFirst) % TrailCount == 0 && second > TrailFirst && second < TrailFirst + TrailCount)
            return first + (second - TrailFirst);
        return compositions.TryGetValue((first, second), out var composite) ? composite : null;
    }

    private static List<int> DecomposedRunes(string text)
    {
        var (decompositions, classes, _) = Data.Value;
        var runes = new List<int>(text.Length);
        foreach (var rune in Runes(text))
        {
            if (rune >= HangulFirst && rune < HangulFirst + HangulCount)
            {
                var s = rune - HangulFirst;
                runes.Add(LeadFirst + s / (VowelCount * TrailCount));
                runes.Add(VowelFirst + s % (VowelCount * TrailCount) / TrailCount);
                if (s % TrailCount != 0) runes.Add(TrailFirst + s % TrailCount);
            }
            else if (decompositions.TryGetValue(rune, out var parts)) runes.AddRange(parts);
            else runes.Add(rune);
        }
        // Canonical order: each run of marks sorted by class, stably.
        for (var i = 1; i < runes.Count; i++)
        {
            var (rune, @class) = (runes[i], classes.GetValueOrDefault(runes[i]));
            if (@class == 0) continue;
            var j = i;
            while (j > 0 && classes.GetValueOrDefault(runes[j - 1]) > @class) { runes[j] = runes[j - 1]; j--; }
            runes[j] = rune;
        }
        return runes;
    }

    // A lone surrogate is kept as it is: it has no decomposition and composes with nothing.
    private static IEnumerable<int> Runes(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) yield return char.ConvertToUtf32(text[i], text[++i]);
            else yield return text[i];
        }
    }

    private static string ToText(List<int> runes)
    {
        var sb = new StringBuilder(runes.Count);
        foreach (var rune in runes)
        {
            if (rune > 0xFFFF) sb.Append(char.ConvertFromUtf32(rune));
            else sb.Append((char)rune);
        }
        return sb.ToString();
    }

    private static bool IsAscii(string text) => Ascii.IsValid(text);

    private static (FrozenDictionary<int, int[]>, FrozenDictionary<int, int>, FrozenDictionary<(int, int), int>) Read()
    {
        using var stream = typeof(UnicodeNormalization).Assembly.GetManifestResourceStream("Mcro.Cldr.normalization.json")
            ?? throw new InvalidOperationException("the normalization data is not embedded in Mcro.Core");
        using var json = JsonDocument.Parse(stream);
        IEnumerable<(string Key, string Value)> Entries(string name) =>
            json.RootElement.GetProperty(name).GetString()!.Split(';').Select(e => e.Split(':')).Select(p => (p[0], p[1]));
        static int Hex(string h) => int.Parse(h, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        var decompositions = Entries("decompositions").ToFrozenDictionary(e => Hex(e.Key), e => e.Value.Split(' ').Select(Hex).ToArray());
        var classes = Entries("classes").ToFrozenDictionary(e => Hex(e.Key), e => int.Parse(e.Value, CultureInfo.InvariantCulture));
        var compositions = Entries("compositions").ToFrozenDictionary(e => (Hex(e.Key.Split(' ')[0]), Hex(e.Key.Split(' ')[1])), e => Hex(e.Value));
        return (decompositions, classes, compositions);
    }
}
