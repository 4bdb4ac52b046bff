using System.Globalization;
using System.Text;

namespace Mcro.Review;

/// <summary>Whether a run of a text is the same on both sides, or only in the text before, or only in the text after.</summary>
public enum WordPartKind
{
    Same,
    Removed,
    Added,
}

/// <summary>A run of words, spaces and punctuation of a changed text.</summary>
public readonly record struct WordPart(WordPartKind Kind, string Text);

/// <summary>
/// Which words of a text changed: a longest-common-subsequence diff over its tokens (words, runs of whitespace, single
/// punctuation marks), so a translator's one-word fix shows as that word, not as the paragraph twice. A token is made of
/// whole characters as a reader sees them (a letter with its accents, Cyrillic or Latin): it never splits "ë" or "ђ".
/// </summary>
public static class WordDiff
{
    /// <summary>
    /// The parts of the change: the runs the texts share and, between them, what was removed and then what was added.
    /// The Same and Removed parts spell <paramref name="before"/>, the Same and Added parts <paramref name="after"/>, exactly.
    /// When the texts share fewer than a third of their words, the whole is one removal and one addition: a sentence
    /// rewritten reads better whole than as a mosaic of "the" and "of" kept.
    /// </summary>
    public static IReadOnlyList<WordPart> Of(string before, string after)
    {
        var old = Tokens(before);
        var now = Tokens(after);
        var script = Script(old, now);
        var parts = Merge(AbsorbLoneSpaces(script));
        var shared = parts.Where(p => p.Kind == WordPartKind.Same).Sum(p => Words(p.Text));
        if (parts.Any(p => p.Kind != WordPartKind.Same) && shared * 3 < Math.Max(Words(before), Words(after)))
            return Whole(before, after);
        return parts;
    }

    /// <summary>The text before the change, from its parts.</summary>
    public static string Before(IEnumerable<WordPart> parts) => string.Concat(parts.Where(p => p.Kind != WordPartKind.Added).Select(p => p.Text));

    /// <summary>The text after the change, from its parts.</summary>
    public static string After(IEnumerable<WordPart> parts) => string.Concat(parts.Where(p => p.Kind != WordPartKind.Removed).Select(p => p.Text));

    /// <summary>
    /// The parts to show: around each change <paramref name="context"/> words of the shared text, the rest of it "…".
    /// Only for reading: the shortened parts no longer spell the texts.
    /// </summary>
    public static IReadOnlyList<WordPart> Excerpt(IReadOnlyList<WordPart> parts, int context = 5)
    {
        var shown = new List<WordPart>(parts.Count);
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            var first = i == 0;
            var last = i == parts.Count - 1;
            if (part.Kind != WordPartKind.Same || (first && last)) { shown.Add(part); continue; }
            var tokens = Tokens(part.Text);
            // Keep the words next to a change: the end of the run before it, the start of the run after it.
            var head = first ? 0 : Take(tokens, context, fromStart: true);
            var tail = last ? 0 : Take(tokens, context, fromStart: false);
            if (head + tail >= tokens.Count) { shown.Add(part); continue; }
            var text = (head > 0 ? string.Concat(tokens.Take(head)) + " " : "") + "…" + (tail > 0 ? " " + string.Concat(tokens.Skip(tokens.Count - tail)) : "");
            shown.Add(part with { Text = text });
        }
        return shown;
    }

    /// <summary>A text's tokens: words (letters, digits and their marks), runs of whitespace, and every other character alone.</summary>
    public static IReadOnlyList<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        var kind = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var next = KindOf(element);
            if (current.Length > 0 && (next != kind || next == Punctuation))
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
            current.Append(element);
            kind = next;
        }
        if (current.Length > 0) tokens.Add(current.ToString());
        return tokens;
    }

    private const int Word = 1;
    private const int Space = 2;
    private const int Punctuation = 3;

    private static int KindOf(string element)
    {
        // A lone surrogate (text cut in half) reads as the replacement character: a mark of its own, never a crash.
        Rune.DecodeFromUtf16(element, out var rune, out _);
        if (Rune.IsWhiteSpace(rune)) return Space;
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
                or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => Word,
            _ => Punctuation,
        };
    }

    private static int Words(string text) => Tokens(text).Count(t => KindOf(t) == Word);

    private static List<WordPart> Whole(string before, string after)
    {
        var parts = new List<WordPart>(2);
        if (before.Length > 0) parts.Add(new WordPart(WordPartKind.Removed, before));
        if (after.Length > 0) parts.Add(new WordPart(WordPartKind.Added, after));
        return parts;
    }

    /// <summary>How many tokens, counted from one end, hold the first <paramref name="words"/> words from that end.</summary>
    private static int Take(IReadOnlyList<string> tokens, int words, bool fromStart)
    {
        if (words <= 0) return 0;
        var taken = 0;
        var seen = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[fromStart ? k : tokens.Count - 1 - k];
            taken++;
            // The run ends at a word: "… kao i izveštaja", not "…, kao i izveštaja".
            if (KindOf(token) == Word && ++seen == words) break;
        }
        return taken;
    }

    private static List<WordPart> Script(IReadOnlyList<string> before, IReadOnlyList<string> after) =>
        [.. LineDiff.Script(before, after).Select(edit => new WordPart(edit.Kind switch
        {
            LineEditKind.Keep => WordPartKind.Same,
            LineEditKind.Remove => WordPartKind.Removed,
            _ => WordPartKind.Added,
        }, edit.Text))];

    /// <summary>
    /// A space or a lone punctuation mark kept between two changes is taken into them ("[-b c-]{+x y+}", not
    /// "[-b-]{+x+} [-c-]{+y+}"): the reader sees the changed words together.
    /// </summary>
    private static List<WordPart> AbsorbLoneSpaces(List<WordPart> script)
    {
        var result = new List<WordPart>(script.Count);
        for (var i = 0; i < script.Count; i++)
        {
            var part = script[i];
            var lone = part.Kind == WordPartKind.Same && KindOf(part.Text) != Word
                && i > 0 && script[i - 1].Kind != WordPartKind.Same
                && i + 1 < script.Count && script[i + 1].Kind != WordPartKind.Same;
            if (!lone) { result.Add(part); continue; }
            result.Add(new WordPart(WordPartKind.Removed, part.Text));
            result.Add(new WordPart(WordPartKind.Added, part.Text));
        }
        return result;
    }

    /// <summary>Runs of one kind joined; within each change, what was removed before what was added.</summary>
    private static List<WordPart> Merge(List<WordPart> script)
    {
        var parts = new List<WordPart>();
        var same = new StringBuilder();
        var removed = new StringBuilder();
        var added = new StringBuilder();
        void CloseChange()
        {
            if (removed.Length > 0) parts.Add(new WordPart(WordPartKind.Removed, removed.ToString()));
            if (added.Length > 0) parts.Add(new WordPart(WordPartKind.Added, added.ToString()));
            removed.Clear();
            added.Clear();
        }
        foreach (var part in script)
        {
            if (part.Kind == WordPartKind.Same)
            {
                CloseChange();
                same.Append(part.Text);
                continue;
            }
            if (same.Length > 0) { parts.Add(new WordPart(WordPartKind.Same, same.ToString())); same.Clear(); }
            (part.Kind == WordPartKind.Removed ? removed : added).Append(part.Text);
        }
        CloseChange();
        if (same.Length > 0) parts.Add(new WordPart(WordPartKind.Same, same.ToString()));
        return parts;
    }
}
