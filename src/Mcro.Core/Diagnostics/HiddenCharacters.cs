using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Mcro.Diagnostics;

/// <summary>
/// The characters a reader cannot see or sees as a blank: control, format (zero-width, bidi), separator, private-use
/// and unassigned characters by their category, and every Default_Ignorable_Code_Point plus the blank-looking letters
/// (HANGUL FILLER, BRAILLE PATTERN BLANK) from the table in HiddenCharacters.txt. One class for the loader, which
/// refuses them in names and codes, and for the printer, which escapes them.
/// </summary>
public static class HiddenCharacters
{
    private static readonly Lazy<FrozenDictionary<int, string>> Names = new(Read);

    public static bool IsHidden(Rune rune) => Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
        or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate
        or UnicodeCategory.OtherNotAssigned
        || Names.Value.ContainsKey(rune.Value);

    /// <summary>"U+3164 HANGUL FILLER"; the code point alone for a character the table does not name.</summary>
    public static string Describe(Rune rune) =>
        Names.Value.TryGetValue(rune.Value, out var name) ? $"{Code(rune)} {name}" : Code(rune);

    /// <summary>The index (in UTF-16 units) of the first hidden character, or -1.</summary>
    public static int FirstIn(string value)
    {
        var index = 0;
        foreach (var rune in value.EnumerateRunes())
        {
            if (IsHidden(rune)) return index;
            index += rune.Utf16SequenceLength;
        }
        return -1;
    }

    private static string Code(Rune rune) => string.Create(CultureInfo.InvariantCulture, $"U+{rune.Value:X4}");

    private static FrozenDictionary<int, string> Read()
    {
        using var stream = typeof(HiddenCharacters).Assembly.GetManifestResourceStream("Mcro.HiddenCharacters.txt")
            ?? throw new InvalidOperationException("the hidden-character table is not embedded in Mcro.Core");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var names = new Dictionary<int, string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var (range, name) = (line[..line.IndexOf(';', StringComparison.Ordinal)].Trim(), line[(line.IndexOf(';', StringComparison.Ordinal) + 1)..].Trim());
            var bounds = range.Split("..");
            int first = Hex(bounds[0]), last = Hex(bounds[^1]);
            for (var c = first; c <= last; c++) names[c] = Named(name, c - first, c);
        }
        return names.ToFrozenDictionary();
    }

    /// <summary>A range's name: "{17}" counts up along the range, "{ascii}" is the ASCII character a tag stands for.</summary>
    private static string Named(string pattern, int offset, int codePoint)
    {
        if (pattern.Contains("{ascii}", StringComparison.Ordinal))
            return pattern.Replace("{ascii}", $"'{(char)(codePoint - 0xE0000)}'", StringComparison.Ordinal);
        var open = pattern.IndexOf('{', StringComparison.Ordinal);
        if (open < 0) return pattern;
        var close = pattern.IndexOf('}', open);
        var start = int.Parse(pattern.AsSpan(open + 1, close - open - 1), CultureInfo.InvariantCulture);
        return string.Concat(pattern.AsSpan(0, open), (start + offset).ToString(CultureInfo.InvariantCulture), pattern.AsSpan(close + 1));
    }

    private static int Hex(string text) => int.Parse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
