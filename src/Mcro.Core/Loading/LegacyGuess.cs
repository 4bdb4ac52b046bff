namespace Mcro.Loading;

/// <summary>
/// Which code page a file that is not UTF-8 was most likely saved in, for the hint: in Cyrillic every letter of a word
/// is a byte above 127, in Latin-script Serbian or Albanian only a few letters (š, ë, ç) are.
/// </summary>
internal static class LegacyGuess
{
    public static string CodePage(ReadOnlySpan<byte> bytes)
    {
        var (high, following) = (0, 0);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] < 0x80) continue;
            high++;
            if (i > 0 && bytes[i - 1] >= 0x80) following++;
        }
        return high > 1 && following * 2 >= high ? "windows-1251" : "windows-1250";
    }

    /// <summary>How the message names a code page: "Windows-1251 (Cyrillic)".</summary>
    public static string Title(string codePage) => codePage == "windows-1251" ? "Windows-1251 (Cyrillic)" : "Windows-1250";
}
