using Mcro.Diagnostics;
using Mcro.Model;

namespace Mcro.Loading;

/// <summary>How one file's bytes become text: as config.yaml declares, else UTF-8; and how a refusal may say to declare it.</summary>
/// <param name="Declared">The file's declared encoding; null reads UTF-8 only.</param>
/// <param name="HowToDeclare">The words that tell how to declare an encoding for this file (given its name); null where none may be declared (config.yaml, templates).</param>
/// <param name="Warnings">Where a doubt about a declaration goes (bytes that look like UTF-8 in a file declared a code page).</param>
public sealed record TextDecoding(DeclaredEncoding? Declared, Func<string, string>? HowToDeclare = null, DiagnosticBag? Warnings = null)
{
    public static readonly TextDecoding Utf8Only = new(Declared: null);
}
