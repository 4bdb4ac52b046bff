using Mcro.Diagnostics;

namespace Mcro.Model;

/// <summary>A text encoding config.yaml declares for data files ("windows-1250"), and where it says so.</summary>
/// <param name="Name">One of the names mcro reads, in lower case as written in the docs.</param>
public sealed record DeclaredEncoding(string Name, SourceLocation Location)
{
    public bool IsUtf8 => Name == "utf-8";

    public bool IsUtf16 => Name == "utf-16";

    /// <summary>A single-byte code page (Windows or ISO), not a Unicode encoding.</summary>
    public bool IsCodePage => !IsUtf8 && !IsUtf16;
}
