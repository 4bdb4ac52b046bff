using System.Text;

namespace Mcro.Charts;

/// <summary>Makes any label one line of plain text that XML can hold, before it is measured or written.</summary>
internal static class PlainLine
{
    /// <summary>Runs of white space become one space (no-break spaces stay), characters XML cannot hold become U+FFFD.</summary>
    public static string Of(string text)
    {
        var result = new StringBuilder(text.Length);
        bool pendingSpace = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c != '\u00a0' && char.IsWhiteSpace(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c) || char.IsControl(c) || c is '\uFFFE' or '\uFFFF')
            {
                result.Append('\uFFFD');
            }
            else
            {
                result.Append(c);
            }
        }
        return result.ToString();
    }
}
