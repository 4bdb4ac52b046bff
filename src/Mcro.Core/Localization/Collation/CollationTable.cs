using System.Text;

namespace Mcro.Localization.Collation;

/// <summary>
/// The weights of one language's letters, contractions (Albanian dh, Serbian lj) and marks, and the comparison of two
/// texts by them: letters first, then accents, then case, as CLDR collates with its default strength.
/// </summary>
internal sealed class CollationTable
{
    private readonly Dictionary<string, CollationElement[]> _units;
    private readonly int _longest;
    private readonly int _lastPrimary;

    public CollationTable(Dictionary<string, CollationElement[]> units, int lastPrimary)
    {
        _units = units;
        _longest = units.Keys.Max(u => u.Length);
        _lastPrimary = lastPrimary;
    }

    public int Compare(string x, string y)
    {
        // Canonically equivalent texts ("č" and "c" with a combining caron) weigh the same.
        var (a, b) = (Elements(UnicodeNormalization.Compose(x)), Elements(UnicodeNormalization.Compose(y)));
        for (var level = 1; level <= 3; level++)
        {
            var byLevel = Weights(a, level).SequenceCompareTo(Weights(b, level));
            if (byLevel != 0) return Math.Sign(byLevel);
        }
        return 0;
    }

    public List<CollationElement> Elements(string text) => Tokenize(text, _units, _longest, _lastPrimary);

    /// <summary>
    /// The elements of a text, longest contraction first ("dh" before "d"). A character the table lacks (a script
    /// mcro does not pin) weighs as its code point, after every pinned letter, so the order stays total and the same.
    /// </summary>
    public static List<CollationElement> Tokenize(string text, Dictionary<string, CollationElement[]> units, int longest = 1, int lastPrimary = 0)
    {
        var lookup = units.GetAlternateLookup<ReadOnlySpan<char>>();
        var elements = new List<CollationElement>(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var found = false;
            for (var length = Math.Min(longest, text.Length - i); length >= 1 && !found; length--)
            {
                if (!lookup.TryGetValue(text.AsSpan(i, length), out var weights)) continue;
                elements.AddRange(weights);
                i += length;
                found = true;
            }
            if (found) continue;
            var codePoint = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed) == System.Buffers.OperationStatus.Done ? rune.Value : text[i];
            elements.Add(new CollationElement(lastPrimary + 1 + codePoint, 0, 0));
            i += Math.Max(consumed, 1);
        }
        return elements;
    }

    private static ReadOnlySpan<int> Weights(List<CollationElement> elements, int level) => level switch
    {
        1 => elements.Where(e => e.Primary != 0).Select(e => e.Primary).ToArray(),
        2 => elements.Select(e => e.Secondary).ToArray(),
        _ => elements.Select(e => e.Tertiary).ToArray(),
    };
}
