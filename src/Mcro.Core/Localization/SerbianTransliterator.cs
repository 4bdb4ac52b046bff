using System.Text;
using System.Text.RegularExpressions;

namespace Mcro.Localization;

/// <summary>
/// Serbian Latin → Cyrillic, so the sr-Cyrl edition comes from the sr texts instead of a fourth translation.
/// </summary>
/// <remarks>
/// The rule for what stays Latin, applied to each run of non-blank characters:
/// 1. placeholders (<c>{count}</c>) are left for the caller to fill;
/// 2. addresses stay: anything with "://", "@", a leading "www.", or a dot followed by two letters
///    (a file or domain name such as indicators.json);
/// 3. within other runs, each word stays Latin when it is not Serbian: it has a letter outside the
///    Serbian Latin alphabet (q, w, x, y, ë, ç, ş, …; so "Shqip", "Mamuşa", "XML"), it is in the keep list in any
///    letter case (<see cref="KeepLatin"/>, the formats mcro itself names, and the dataset's i18n/sr-Cyrl-keep.txt:
///    brands, Latin-script names), or it is an upper-case Roman numeral;
/// 4. every other word is transliterated letter by letter, lj/nj/dž as one letter
///    except where the two letters meet across a prefix (<see cref="SplitDigraphs"/>).
/// Codes, URLs and language names never pass through here: callers transliterate texts, not identifiers.
/// </remarks>
public static partial class SerbianTransliterator
{
    /// <summary>Two or more upper-case letters forming a Roman numeral (II, XIV); a lone "I" is the conjunction.</summary>
    [GeneratedRegex("^(?=[MDCLXVI]{2,}$)M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex RomanNumeral();

    /// <summary>The formats and abbreviations mcro's own pages name, kept in Latin in any letter case (csv, JSON).</summary>
    public static readonly IReadOnlySet<string> KeepLatin = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "CSV", "JSON", "HTML", "PDF", "SVG", "URL", "UTF", "ISO", "ID", "PNG", "CSS", "HTTP", "HTTPS", "XLSX", "YAML",
    };

    /// <summary>
    /// Word stems (lower case) where n+j or d+ž are two letters, not a digraph, with "|" where a prefix meets its root:
    /// in|jekcija → инјекција, nad|žnjeti → наджњети (and the nj after it is still one letter).
    /// </summary>
    public static readonly IReadOnlyList<string> SplitDigraphs =
    [
        "in|jek", "kon|jug", "kon|junk", "kon|jekt", "van|jezi", "tan|jug", "pan|jug", "in|junk",
        "nad|živ", "nad|žnj", "nad|žir", "nad|žet", "pod|žanr", "pod|žup", "pod|živ", "od|žal", "od|živ", "od|žnj", "pred|žet",
    ];

    private static readonly Dictionary<char, string> Letters = new()
    {
        ['a'] = "а", ['b'] = "б", ['c'] = "ц", ['č'] = "ч", ['ć'] = "ћ", ['d'] = "д", ['đ'] = "ђ", ['e'] = "е",
        ['f'] = "ф", ['g'] = "г", ['h'] = "х", ['i'] = "и", ['j'] = "ј", ['k'] = "к", ['l'] = "л", ['m'] = "м",
        ['n'] = "н", ['o'] = "о", ['p'] = "п", ['r'] = "р", ['s'] = "с", ['š'] = "ш", ['t'] = "т", ['u'] = "у",
        ['v'] = "в", ['z'] = "з", ['ž'] = "ж",
    };

    /// <param name="keep">The dataset's words that stay Latin (any letter case), besides <see cref="KeepLatin"/>.</param>
    public static string ToCyrillic(string latin, IReadOnlySet<string>? keep = null)
    {
        // Spreadsheets sometimes store č as c + combining caron; one form, one answer.
        latin = Collation.UnicodeNormalization.Compose(latin);
        var sb = new StringBuilder(latin.Length);
        var i = 0;
        while (i < latin.Length)
        {
            if (char.IsWhiteSpace(latin[i])) { sb.Append(latin[i++]); continue; }
            var end = i;
            while (end < latin.Length && !char.IsWhiteSpace(latin[end])) end++;
            AppendRun(latin.AsSpan(i, end - i), sb, keep);
            i = end;
        }
        return sb.ToString();
    }

    private static void AppendRun(ReadOnlySpan<char> run, StringBuilder sb, IReadOnlySet<string>? keep)
    {
        if (IsAddress(run)) { sb.Append(run); return; }
        var i = 0;
        while (i < run.Length)
        {
            if (run[i] == '{' && run[i..].IndexOf('}') is var close and > 0)
            {
                sb.Append(run.Slice(i, close + 1));
                i += close + 1;
            }
            else if (char.IsLetter(run[i]))
            {
                var end = i;
                while (end < run.Length && (char.IsLetter(run[end]) || IsMark(run[end]))) end++;
                AppendWord(run[i..end].ToString(), sb, keep);
                i = end;
            }
            else sb.Append(run[i++]);
        }
    }

    private static bool IsAddress(ReadOnlySpan<char> run)
    {
        if (run.Contains("://", StringComparison.Ordinal) || run.Contains('@') || run.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            return true;
        for (var i = 1; i + 2 < run.Length; i++)
            if (run[i] == '.' && char.IsLetterOrDigit(run[i - 1]) && char.IsLetter(run[i + 1]) && char.IsLetter(run[i + 2]))
                return true;
        return false;
    }

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    private static void AppendWord(string word, StringBuilder sb, IReadOnlySet<string>? keep)
    {
        if (StaysLatin(word) || keep?.Contains(word) == true) { sb.Append(word); return; }
        var lower = word.ToLowerInvariant();
        var split = SplitPositions(lower);
        for (var i = 0; i < word.Length; i++)
        {
            var c = lower[i];
            var upper = char.IsUpper(word[i]);
            string cyrillic;
            if (i + 1 < word.Length && !split.Contains(i) && Digraph(c, lower[i + 1]) is { } digraph)
            {
                cyrillic = digraph;
                i++;
            }
            else cyrillic = Letters[c];
            sb.Append(upper ? cyrillic.ToUpperInvariant() : cyrillic);
        }
    }

    private static string? Digraph(char first, char second) => (first, second) switch
    {
        ('l', 'j') => "љ",
        ('n', 'j') => "њ",
        ('d', 'ž') => "џ",
        _ => null,
    };

    private static HashSet<int> SplitPositions(string lower)
    {
        var positions = new HashSet<int>();
        foreach (var marked in SplitDigraphs)
        {
            var bar = marked.IndexOf('|', StringComparison.Ordinal);
            var stem = marked.Remove(bar, 1);
            // Every occurrence, so a word with one more prefix (iz|van|jezički) splits too.
            for (var at = lower.IndexOf(stem, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(stem, at + 1, StringComparison.Ordinal))
                positions.Add(at + bar - 1);
        }
        return positions;
    }

    private static bool StaysLatin(string word) =>
        word.Any(c => !Letters.ContainsKey(char.ToLowerInvariant(c)))
        || KeepLatin.Contains(word)
        || RomanNumeral().IsMatch(word);
}
