using System.Globalization;
using System.Text.RegularExpressions;
using Mcro.Diagnostics;

namespace Mcro.Loading;

/// <summary>Reads one cell as a code, a text, a year or one of a fixed set of words, reporting what is wrong with it.</summary>
public static partial class CellReader
{
    [GeneratedRegex("^[a-z][a-z0-9_-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    private static readonly HashSet<string> ReservedFileNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9", "index", "charts",
    };

    /// <summary>Codes become file and URL names, so only a safe ASCII shape is accepted.</summary>
    /// <param name="row">The municipality of the row, so that an empty cell says whose it is.</param>
    public static string? Code(string value, SourceLocation at, string what, DiagnosticBag bag, string? row = null)
    {
        if (value.Length == 0)
        {
            bag.Add(at, ProblemCode.ValueMissing, $"{what} is empty{Of(row)}");
            return null;
        }
        // A blank-looking or zero-width character is named, not left to hide in "not a valid code".
        if (!Visible(value, at, what, bag)) return null;
        if (!CodePattern().IsMatch(value))
        {
            // "Prishtine " or "PRISHTINE" is the right code typed by a person: name the code it should be.
            var meant = value.Trim().ToLowerInvariant();
            bag.Add(at, ProblemCode.CodeShape, meant != value && CodePattern().IsMatch(meant)
                ? $"'{Printable.Quote(value)}' is not a valid {what}: codes are in lower case without blanks; write '{meant}'"
                : $"'{Printable.Quote(value)}' is not a valid {what}: use lower-case letters a–z, digits, '-' and '_', starting with a letter, at most 64 characters");
            return null;
        }
        if (ReservedFileNames.Contains(value))
        {
            bag.Add(at, ProblemCode.CodeShape, $"'{value}' cannot be a {what}: it is a reserved file name");
            return null;
        }
        return value;
    }

    public static string? Text(string value, SourceLocation at, string what, DiagnosticBag bag, string? row = null)
    {
        if (value.Length == 0)
        {
            bag.Add(at, ProblemCode.ValueMissing, $"{what} is empty{Of(row)}");
            return null;
        }
        return Visible(value, at, what, bag) ? value : null;
    }

    /// <summary>Zero-width spaces, bidi marks and control characters hide in pasted text and break names silently.</summary>
    public static bool Visible(string value, SourceLocation at, string what, DiagnosticBag bag)
    {
        var index = Printable.FirstInvisible(value.Replace("\n", " ", StringComparison.Ordinal));
        if (index < 0) return true;
        var rune = System.Text.Rune.GetRuneAt(value, index);
        var position = value[..index].EnumerateRunes().Count() + 1;
        bag.Add(at with { Column = at.Column > 0 ? at.Column + index : at.Column }, ProblemCode.InvisibleCharacter,
            $"{what} contains the invisible character {Diagnostics.HiddenCharacters.Describe(rune)} at character {position} of '{Printable.Quote(value)}'; delete it");
        return false;
    }

    public static T? Choice<T>(string value, SourceLocation at, string column, IReadOnlyDictionary<string, T> allowed, DiagnosticBag bag, string? row = null)
        where T : struct
    {
        if (allowed.TryGetValue(value.ToLowerInvariant(), out var result)) return result;
        if (value.Length == 0)
        {
            bag.Add(at, ProblemCode.ValueMissing, $"{column} is empty{Of(row)}; write {Words(allowed.Keys.ToList())}");
            return null;
        }
        bag.Add(at, ProblemCode.ValueDomain,
            $"{column}: '{Printable.Quote(value)}' is not allowed; use one of: {string.Join(", ", allowed.Keys)}");
        return null;
    }

    private static string Of(string? row) => string.IsNullOrEmpty(row) ? "" : $" for '{Printable.Quote(row)}'";

    private static string Words(IReadOnlyList<string> words) =>
        words.Count == 1 ? words[0] : string.Join(", ", words.Take(words.Count - 1)) + " or " + words[^1];

    public static int? Year(string value, SourceLocation at, string column, DiagnosticBag bag)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1990 and <= 2100)
            return year;
        bag.Add(at, ProblemCode.ValueDomain, $"{column}: '{Printable.Quote(value)}' is not a year (four digits, 1990–2100)");
        return null;
    }
}
