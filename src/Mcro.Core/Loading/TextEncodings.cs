using System.Text;

namespace Mcro.Loading;

/// <summary>
/// The encodings a data file may be declared in: the code pages Serbian, Albanian and English office suites export
/// (Latin and Cyrillic, Windows and ISO), and UTF-8 and UTF-16 said explicitly. Each decodes strictly.
/// </summary>
public static class TextEncodings
{
    /// <summary>The names config.yaml accepts, in the order messages list them.</summary>
    public static readonly IReadOnlyList<string> Names =
        ["windows-1250", "windows-1251", "windows-1252", "iso-8859-1", "iso-8859-2", "iso-8859-5", "iso-8859-15", "utf-8", "utf-16"];

    private static readonly Dictionary<string, int> CodePages = new(StringComparer.Ordinal)
    {
        ["windows-1250"] = 1250, ["windows-1251"] = 1251, ["windows-1252"] = 1252,
        ["iso-8859-1"] = 28591, ["iso-8859-2"] = 28592, ["iso-8859-5"] = 28595, ["iso-8859-15"] = 28605,
    };

    /// <summary>The accepted name for what a user wrote ("Windows-1250" is windows-1250), or null.</summary>
    public static string? Accepted(string written) =>
        Names.FirstOrDefault(name => string.Equals(name, written.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A single-byte code page that throws rather than guesses. The Windows code pages come from the shared
    /// framework's code-page provider (no package): asked for directly, they need no process-wide registration.
    /// </summary>
    public static Encoding CodePage(string name) =>
        // ISO-8859-1 is built in, so the provider does not answer for it.
        CodePagesEncodingProvider.Instance.GetEncoding(CodePages[name], EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? Encoding.GetEncoding(CodePages[name], EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
}
