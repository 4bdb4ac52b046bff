using System.Text;
using Mcro.Diagnostics;

namespace Mcro.Loading;

/// <summary>Reads a file declared utf-16 that carries its byte-order mark (Excel's and Notepad's "Unicode"), strictly.</summary>
internal static class Utf16Decoder
{
    public static string? Decode(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag bag)
    {
        var bigEndian = bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        var body = bytes[2..];
        string text;
        try
        {
            text = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true).GetString(body);
        }
        catch (DecoderFallbackException)
        {
            // A lone surrogate or an odd last byte: point at the first character that does not decode.
            var lenient = new UnicodeEncoding(bigEndian, byteOrderMark: false).GetString(body);
            var bad = lenient.IndexOf('\uFFFD');
            var (line, column) = TextPosition.Of(lenient, bad < 0 ? lenient.Length : bad);
            bag.Add(new SourceLocation(displayPath, line, column), ProblemCode.Encoding, "file is not valid UTF-16 (a broken character or a missing last byte); re-save it as UTF-8");
            return null;
        }
        var nul = text.IndexOf('\0');
        if (nul < 0) return text;
        var (nulLine, nulColumn) = TextPosition.Of(text, nul);
        bag.Add(new SourceLocation(displayPath, nulLine, nulColumn), ProblemCode.Encoding, TextFileDecoder.NulByte);
        return null;
    }
}
