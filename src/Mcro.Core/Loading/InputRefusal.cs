using System.Text.RegularExpressions;

namespace Mcro.Loading;

/// <summary>Why the system refused to read an input file or folder, in the data team's words (no .NET text, no absolute path).</summary>
public static partial class InputRefusal
{
    private const int LinkLoop = 40; // ELOOP: the link leads back to itself

    [GeneratedRegex(@"\s*:?\s*'[^']*'\.?|\s*Path '[^']*'\.?", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedPath();

    public static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException or DirectoryNotFoundException => "it is a link to something that does not exist",
        IOException { HResult: LinkLoop } => "it is a link that leads back to itself",
        _ => QuotedPath().Replace(e.Message, "").Trim() is { Length: > 0 } text ? text : "the system refused to read it",
    };

    /// <summary>An I/O failure of the kind a user can fix (permissions, links, a vanished file), not a bug.</summary>
    public static bool IsRefusal(Exception e) => e is IOException or UnauthorizedAccessException;
}
