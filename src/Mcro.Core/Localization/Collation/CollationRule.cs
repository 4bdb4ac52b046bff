using System.Globalization;
using System.Text;

namespace Mcro.Localization.Collation;

/// <summary>
/// One step of a CLDR collation rule ("&amp;[before 1]D&lt;ç&lt;&lt;&lt;Ç" is a reset and two relations): a reset says where
/// the next relation starts from, a relation puts its text after the last one at a level, an option reorders scripts.
/// </summary>
/// <param name="Level">1 a new letter (&lt;), 2 an accent (&lt;&lt;), 3 a case or form (&lt;&lt;&lt;), 4 the same (=); 0 for a reset.</param>
internal sealed record CollationRule(CollationRuleKind Kind, string Text, int Level = 0, bool Before = false)
{
    /// <summary>The steps of a rule text in CLDR's syntax; a text mcro cannot read is a bug in its pinned data.</summary>
    public static IReadOnlyList<CollationRule> Parse(string rules)
    {
        var steps = new List<CollationRule>();
        var i = 0;
        while (i < rules.Length)
        {
            var c = rules[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '[')
            {
                var end = rules.IndexOf(']', i);
                var option = rules[(i + 1)..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (option[0] != "reorder") throw new FormatException($"unsupported collation option [{string.Join(' ', option)}]");
                steps.Add(new CollationRule(CollationRuleKind.Reorder, string.Join(' ', option[1..])));
                i = end + 1;
                continue;
            }
            int level;
            var before = false;
            if (c == '&')
            {
                level = 0;
                i++;
                if (rules.AsSpan(i).StartsWith("[before 1]", StringComparison.Ordinal)) { before = true; i += "[before 1]".Length; }
            }
            else if (c == '=') { level = 4; i++; }
            else if (c == '<')
            {
                level = 0;
                while (i < rules.Length && rules[i] == '<') { level++; i++; }
                if (level > 3) throw new FormatException("a collation relation has at most three '<'");
            }
            else level = steps.Count == 0 ? 1 : throw new FormatException($"collation rule text without a relation at '{rules[i..]}'");
            var text = new StringBuilder();
            while (i < rules.Length && !char.IsWhiteSpace(rules[i]) && rules[i] is not ('&' or '<' or '=' or '['))
            {
                // A space or a character of the syntax itself is written \uXXXX.
                if (rules[i] == '\\' && i + 6 <= rules.Length && rules[i + 1] == 'u')
                {
                    text.Append((char)int.Parse(rules.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                    i += 6;
                }
                else text.Append(rules[i++]);
            }
            if (text.Length == 0) throw new FormatException($"a collation relation without its text at {i}");
            steps.Add(new CollationRule(level == 0 ? CollationRuleKind.Reset : CollationRuleKind.Relation, text.ToString(), level, before));
        }
        return steps;
    }
}

internal enum CollationRuleKind { Reset, Relation, Reorder }
