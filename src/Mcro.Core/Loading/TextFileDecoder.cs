using System.Text;
using Mcro.Diagnostics;

namespace Mcro.Loading;

/// <summary>
/// Turns a file's bytes into text: UTF-8 (with or without byte-order mark), or the encoding config.yaml declares for
/// it. Nothing is guessed: a guessed legacy code page would silently turn "Đakovica" into mojibake.
/// </summary>
public static class TextFileDecoder
{
    /// <summary>Files above this size are not monitoring exports; refusing them bounds memory.</summary>
    public const long MaxFileBytes = 64 * MiB;

    private const long MiB = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public const string ResaveHint =
        "re-save it as UTF-8: in Excel choose 'CSV UTF-8 (Comma delimited)', in LibreOffice tick 'Edit filter settings' and pick 'Unicode (UTF-8)'";

    /// <param name="log">Where a build records what it read (the raw bytes, before decoding), for its fingerprint.</param>
    /// <param name="how">The file's declared encoding; null reads UTF-8 only.</param>
    public static string? Read(string path, string displayPath, DiagnosticBag bag, InputLog? log = null, TextDecoding? how = null) =>
        ReadBytes(path, displayPath, bag, log) is { } bytes ? Decode(bytes, displayPath, bag, how ?? TextDecoding.Utf8Only) : null;

    /// <summary>A file's bytes within <see cref="MaxFileBytes"/>, or null with the problem in the bag.</summary>
    public static byte[]? ReadBytes(string path, string displayPath, DiagnosticBag bag, InputLog? log = null)
    {
        if (Directory.Exists(path))
        {
            bag.Add(SourceLocation.OfFile(displayPath), ProblemCode.FileUnreadable, "cannot read the file: it is a folder, not a file");
            return null;
        }
        try
        {
            return ReadRegular(path, displayPath, bag, log);
        }
        catch (Exception e) when (InputRefusal.IsRefusal(e))
        {
            // No permission, a link to nothing or to itself, a file gone while read: the user's to fix, and the same for data, templates and assets.
            bag.Add(SourceLocation.OfFile(displayPath), ProblemCode.FileUnreadable, $"cannot read the file: {InputRefusal.Reason(e)}");
            return null;
        }
    }

    private static byte[]? ReadRegular(string path, string displayPath, DiagnosticBag bag, InputLog? log)
    {
        var info = new FileInfo(path);
        if (info.Length > MaxFileBytes)
        {
            bag.Add(SourceLocation.OfFile(displayPath), ProblemCode.FileTooLarge,
                $"file is {(info.Length + MiB - 1) / MiB} MB; mcro reads files up to {MaxFileBytes / MiB} MB");
            return null;
        }
        using var stream = InputFile.OpenRegular(path);
        if (stream is null)
        {
            bag.Add(SourceLocation.OfFile(displayPath), ProblemCode.FileNotRegular,
                "this is not a plain file (a named pipe or a device?); save the export as an ordinary file");
            return null;
        }
        // Read at most one byte past the limit: a link to /dev/zero or a file still growing reports length 0 or too little.
        if (ReadAtMost(stream, MaxFileBytes + 1) is not { } bytes)
        {
            bag.Add(SourceLocation.OfFile(displayPath), ProblemCode.FileTooLarge,
                $"file has more than {MaxFileBytes / MiB} MB (is it a device or a link to one?); mcro reads files up to {MaxFileBytes / MiB} MB");
            return null;
        }
        log?.Record(path, bytes);
        return bytes;
    }

    /// <summary>The file's bytes, or null when it holds more than <paramref name="limit"/> minus one.</summary>
    private static byte[]? ReadAtMost(FileStream stream, long limit)
    {
        using var content = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            content.Write(chunk, 0, read);
            if (content.Length >= limit) return null;
        }
        return content.ToArray();
    }

    /// <summary>The text of UTF-8 bytes (with or without byte-order mark), or null with the problem in the bag.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag bag) =>
        Decode(bytes, displayPath, bag, TextDecoding.Utf8Only);

    /// <summary>The text of a file's bytes as it is declared (or UTF-8), or null with one positioned problem in the bag.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag bag, TextDecoding how)
    {
        if (WorkbookSignature.Describe(bytes) is { } workbook)
        {
            bag.Add(new SourceLocation(displayPath, 1, 1), ProblemCode.Encoding, workbook);
            return null;
        }
        var declared = how.Declared;
        // A byte-order mark is the file's own word, newer than any declaration: a UTF-8 one is read as UTF-8 whatever is declared.
        if (bytes.StartsWith(Utf8Mark)) return Utf8(bytes[3..], displayPath, bag, how);
        if (bytes.StartsWith(Utf16LittleEndianMark) || bytes.StartsWith(Utf16BigEndianMark))
            return declared is { IsUtf16: true } ? Utf16Decoder.Decode(bytes, displayPath, bag) : RefuseUtf16(displayPath, bag, how);
        if (declared is { IsUtf16: true })
        {
            bag.Add(new SourceLocation(displayPath, 1, 1), ProblemCode.Encoding,
                $"file has no UTF-16 byte-order mark, though {declared.Location} declares utf-16: without the mark its byte order is unknown; re-save it as 'Unicode text' or as UTF-8");
            return null;
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            var (line, column) = TextPosition.OfUtf8(bytes, nul);
            bag.Add(new SourceLocation(displayPath, line, column), ProblemCode.Encoding, NulByte);
            return null;
        }
        return declared is { IsCodePage: true }
            ? CodePageDecoder.Decode(bytes, declared, displayPath, bag, how.Warnings)
            : Utf8(bytes, displayPath, bag, how);
    }

    internal const string NulByte = "file contains a NUL byte: it is binary, not a text export; export the sheet as CSV (UTF-8)";

    private static ReadOnlySpan<byte> Utf8Mark => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Utf16LittleEndianMark => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BigEndianMark => [0xFE, 0xFF];

    private static string? Utf8(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag bag, TextDecoding how)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var offset = FirstInvalidOffset(bytes, e);
            var (line, column) = TextPosition.OfUtf8(bytes, offset);
            var codePage = LegacyGuess.CodePage(bytes);
            var probably = $"it was probably saved in a legacy code page such as {LegacyGuess.Title(codePage)}";
            var notUtf8 = $"file is not valid UTF-8 (byte 0x{bytes[offset]:X2})";
            bag.Add(new SourceLocation(displayPath, line, column), ProblemCode.Encoding, how.Declared switch
            {
                { IsUtf8: true } utf8 => $"{notUtf8}, though {utf8.Location} declares utf-8; {probably}: declare that code page instead, or {ResaveHint}",
                // Only a UTF-8 byte-order mark leads here for a file declared a code page.
                { } other => $"{notUtf8}, though it starts with a UTF-8 byte-order mark, which mcro follows over the {other.Name} {other.Location} declares; "
                    + $"re-save it without the mark, or {ResaveHint}",
                null => $"{notUtf8}; {probably}; {ResaveHint}{Or(how, codePage)}",
            });
            return null;
        }
    }

    private static string? RefuseUtf16(string displayPath, DiagnosticBag bag, TextDecoding how)
    {
        bag.Add(new SourceLocation(displayPath, 1, 1), ProblemCode.Encoding, how.Declared is { } other
            ? $"file is UTF-16 (it starts with a UTF-16 byte-order mark), though {other.Location} declares {other.Name}; declare utf-16 for it, or {ResaveHint}"
            : $"file is UTF-16 (Excel's 'Unicode text'); {ResaveHint}{Or(how, "utf-16")}");
        return null;
    }

    /// <summary>"; or keep it and declare …", where the file may be declared.</summary>
    private static string Or(TextDecoding how, string encoding) => how.HowToDeclare is { } declare ? "; or " + declare(encoding) : "";

    private static int FirstInvalidOffset(ReadOnlySpan<byte> bytes, DecoderFallbackException e)
    {
        if (e.Index >= 0 && e.Index < bytes.Length) return e.Index;
        System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return Math.Min(read, bytes.Length - 1);
    }
}
