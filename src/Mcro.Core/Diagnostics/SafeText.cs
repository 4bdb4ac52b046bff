using System.Globalization;
using System.Text;

namespace Mcro.Diagnostics;

/// <summary>
/// A message as it may reach a terminal, a log or a CI page: every hidden character (a line break, a tab, an escape
/// sequence, DEL, C1 controls, line and paragraph separators, bidi overrides, blank-looking letters) shown as a
/// visible escape (\n, \r, \t, \u001B), so one problem stays one line and nothing typed can drive the terminal.
/// Applied once, where messages are printed.
/// </summary>
public static class SafeText
{
    public static string Escape(string text)
    {
        if (HiddenCharacters.FirstIn(text) < 0) return text;
        var sb = new StringBuilder(text.Length + 8);
        foreach (var rune in text.EnumerateRunes())
        {
            if (!HiddenCharacters.IsHidden(rune)) sb.Append(rune.ToString());
            else if (rune.Value == '\n') sb.Append("\\n");
            else if (rune.Value == '\r') sb.Append("\\r");
            else if (rune.Value == '\t') sb.Append("\\t");
            else if (rune.IsBmp) sb.Append(CultureInfo.InvariantCulture, $"\\u{rune.Value:X4}");
            else sb.Append(CultureInfo.InvariantCulture, $"\\U{rune.Value:X8}");
        }
        return sb.ToString();
    }

    /// <summary>A problem as the text format prints it: one line, path:line:column: message.</summary>
    public static string Line(Diagnostic diagnostic) => Escape(diagnostic.ToString());
}
