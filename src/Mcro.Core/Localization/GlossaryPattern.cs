using System.Text.RegularExpressions;

namespace Mcro.Localization;

/// <summary>
/// The matching rule of the glossary. A variant is one or more words; a text uses it where those words stand as whole
/// words (no letter, mark or digit touching either end), in any letter case, separated by any white space (a line
/// break too). A word ending in "*" is a stem: it matches the stem followed by any letters, so "thelbësor*" finds
/// thelbësore, thelbësoret and thelbësorëve, while "kryer" (no star) does not find "kryerjen". In sr every word also
/// matches its Cyrillic transliteration, so the check covers a Cyrillic word typed into the sr texts.
/// </summary>
public sealed class GlossaryPattern
{
    private const string WordCharacter = @"[\p{L}\p{M}\p{Nd}]";

    private GlossaryPattern(Regex regex) => Regex = regex;

    public Regex Regex { get; }

    /// <summary>Null when the text is no variant: empty, or a "*" anywhere but at a word's end.</summary>
    public static GlossaryPattern? Of(string written, string language)
    {
        var words = written.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Any(w => w == "*" || w[..^1].Contains('*', StringComparison.Ordinal))) return null;
        var latin = string.Join(@"\s+", words.Select(Word));
        var pattern = language == "sr"
            ? $"(?:{latin}|{string.Join(@"\s+", words.Select(w => Word(Cyrillic(w))))})"
            : latin;
        return new GlossaryPattern(new Regex($"(?<!{WordCharacter}){pattern}(?!{WordCharacter})",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5)));
    }

    /// <summary>The whole of <paramref name="text"/> is this pattern (an exception word).</summary>
    public bool IsWhole(string text) => Regex.Match(text) is { Success: true } m && m.Index == 0 && m.Length == text.Length;

    private static string Word(string word) =>
        word.EndsWith('*') ? Regex.Escape(word[..^1]) + @"[\p{L}\p{M}]*" : Regex.Escape(word);

    private static string Cyrillic(string word) =>
        word.EndsWith('*') ? SerbianTransliterator.ToCyrillic(word[..^1]) + "*" : SerbianTransliterator.ToCyrillic(word);
}
