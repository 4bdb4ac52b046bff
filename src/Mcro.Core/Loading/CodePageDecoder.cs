using System.Text;
using Mcro.Diagnostics;
using Mcro.Model;

namespace Mcro.Loading;

/// <summary>
/// Reads a file declared in a single-byte code page. A byte the code page has no letter for (0x98 in Windows-1250,
/// any of 0x80-0x9F in ISO-8859) is a positioned problem, never a replacement character or an invisible control.
/// </summary>
internal static class CodePageDecoder
{
    public static readonly ProblemCode MismatchRule = ProblemCode.EncodingDeclared;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(ReadOnlySpan<byte> bytes, DeclaredEncoding declared, string displayPath, DiagnosticBag bag, DiagnosticBag? warnings)
    {
        // Every byte of these code pages decodes to one character; the undefined ones become C1 controls.
        var text = TextEncodings.CodePage(declared.Name).GetString(bytes);
        var undefined = text.AsSpan().IndexOfAnyInRange('\u0080', '\u009F');
        if (undefined >= 0)
        {
            var (line, column) = TextPosition.Of(text, undefined);
            bag.Add(new SourceLocation(displayPath, line, column), ProblemCode.Encoding,
                $"byte 0x{bytes[undefined]:X2} is not a letter in {declared.Name}, the encoding {declared.Location} declares; "
                + (System.Text.Unicode.Utf8.IsValid(bytes) ? ReSavedAsUtf8 : OtherEncoding(declared.Name)));
            return null;
        }
        if (warnings is not null) WarnIfUtf8(bytes, text, declared, displayPath, warnings);
        return text;
    }

    private const string UndoDeclaration = "if it was re-saved as UTF-8, declare utf-8 for it or remove the declaration";

    private const string ReSavedAsUtf8 = "the file is valid UTF-8: " + UndoDeclaration;

    private static string OtherEncoding(string name) => name switch
    {
        "iso-8859-2" => "the file is in another encoding (Windows-1250 has letters there: declare windows-1250?)",
        "iso-8859-5" => "the file is in another encoding (Windows-1251 has letters there: declare windows-1251?)",
        "iso-8859-1" or "iso-8859-15" => "the file is in another encoding (Windows-1252 has letters there: declare windows-1252?)",
        _ => "the file is in another encoding: check which one it was saved in, or re-save it as UTF-8",
    };

    /// <summary>
    /// The declaration wins, but a file whose non-ASCII bytes are all valid UTF-8 was almost surely re-saved as UTF-8
    /// (a Windows-1250 text is almost never valid UTF-8): its "đ" would show as "Ä‘" on every page.
    /// </summary>
    private static void WarnIfUtf8(ReadOnlySpan<byte> bytes, string text, DeclaredEncoding declared, string displayPath, DiagnosticBag warnings)
    {
        var first = bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
        if (first < 0 || !System.Text.Unicode.Utf8.IsValid(bytes)) return;
        var length = bytes[first] >= 0xF0 ? 4 : bytes[first] >= 0xE0 ? 3 : 2;
        var (line, column) = TextPosition.Of(text, first);
        warnings.Add(new SourceLocation(displayPath, line, column), MismatchRule,
            $"read as {declared.Name}, as {declared.Location} declares, but the file is valid UTF-8: "
            + $"'{text.Substring(first, length)}' here is '{StrictUtf8.GetString(bytes.Slice(first, length))}' in UTF-8; "
            + UndoDeclaration);
    }
}
