using System.Globalization;
using System.Text;

namespace Mcro.Loading;

/// <summary>Shows a user's value in a message so that invisible or hostile characters stay visible and harmless.</summary>
public static class Printable
{
    public static string Quote(string value, int max = 60)
    {
        var sb = new StringBuilder();
        foreach (var rune in value.EnumerateRunes())
        {
            if (sb.Length >= max) { sb.Append('…'); break; }
            if (IsInvisible(rune)) sb.Append(CultureInfo.InvariantCulture, $"\\u{rune.Value:X4}");
            else sb.Append(rune.ToString());
        }
        return sb.ToString();
    }

    /// <summary>Control, format (zero-width, bidi), ignorable and blank-looking characters a reader cannot see.</summary>
    public static bool IsInvisible(Rune rune) => Mcro.Diagnostics.HiddenCharacters.IsHidden(rune);

    public static int FirstInvisible(string value) => Mcro.Diagnostics.HiddenCharacters.FirstIn(value);
}
