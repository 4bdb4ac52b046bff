using System.Text;
using Mcro.Diagnostics;

namespace Mcro.Loading;

/// <summary>
/// Turns a file's bytes into text, accepting only UTF-8 (with or without byte-order mark):
/// guessing a legacy code page would silently turn "Đakovica" into mojibake.
/// </summary>
public static class TextFileDecoder
{
    /// <summary>Files above this size are not monitoring exports; refusing them bounds memory.</summary>
    public const long MaxFileBytes = 64 * MiB;

    private const long MiB = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public const string ResaveHint =
        "re-save it as UTF-8: in Excel choose 'CSV UTF-8 (Comma delimited)', in LibreOffice tick 'Edit filter settings' and pick 'Unicode (UTF-8)'";

    /// <param name="log">Where a build records what it read, for its fingerprint.</param>
    public static string? Read(string path, string displayPath, DiagnosticBag bag, InputLog? log = null) =>
        ReadBytes(path, displayPath, bag, log) is { } bytes ? Decode(bytes, displayPath, bag) : null;

    /// <summary>A file's bytes within <see cref="MaxFileBytes"/>, or null with the problem in the bag.</summary>
    public static byte[]? ReadBytes(string path, string displayPath, DiagnosticBag bag, InputLog? log = null)
    {
        if (Directory.Exists(path))
        {
            bag.Add(SourceLocation.OfFile(displayPath), "file-unreadable", "cannot read the file: it is a folder, not a file");
            return null;
        }
        try
        {
            return ReadRegular(path, displayPath, bag, log);
        }
        catch (Exception e) when (InputRefusal.IsRefusal(e))
        {
            // No permission, a link to nothing or to itself, a file gone while read: the user's to fix, and the same for data, templates and assets.
            bag.Add(SourceLocation.OfFile(displayPath), "file-unreadable", $"cannot read the file: {InputRefusal.Reason(e)}");
            return null;
        }
    }

    private static byte[]? ReadRegular(string path, string displayPath, DiagnosticBag bag, InputLog? log)
    {
        var info = new FileInfo(path);
        if (info.Length > MaxFileBytes)
        {
            bag.Add(SourceLocation.OfFile(displayPath), "file-too-large",
                $"file is {(info.Length + MiB - 1) / MiB} MB; mcro reads files up to {MaxFileBytes / MiB} MB");
            return null;
        }
        using var stream = InputFile.OpenRegular(path);
        if (stream is null)
        {
            bag.Add(SourceLocation.OfFile(displayPath), "file-not-regular",
                "this is not a plain file (a named pipe or a device?); save the export as an ordinary file");
            return null;
        }
        // Read at most one byte past the limit: a link to /dev/zero or a file still growing reports length 0 or too little.
        if (ReadAtMost(stream, MaxFileBytes + 1) is not { } bytes)
        {
            bag.Add(SourceLocation.OfFile(displayPath), "file-too-large",
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

    public static string? Decode(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag bag)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            bag.Add(new SourceLocation(displayPath, 1, 1), "encoding", $"file is UTF-16 (Excel's 'Unicode text'); {ResaveHint}");
            return null;
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            var (line, column) = Position(bytes, nul);
            bag.Add(new SourceLocation(displayPath, line, column), "encoding",
                "file contains a NUL byte: it is binary, not a text export; export the sheet as CSV (UTF-8)");
            return null;
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var offset = FirstInvalidOffset(bytes, e);
            var (line, column) = Position(bytes, offset);
            bag.Add(new SourceLocation(displayPath, line, column), "encoding",
                $"file is not valid UTF-8 (byte 0x{bytes[offset]:X2}); it was probably saved in a legacy code page such as Windows-1250; {ResaveHint}");
            return null;
        }
    }

    private static int FirstInvalidOffset(ReadOnlySpan<byte> bytes, DecoderFallbackException e)
    {
        if (e.Index >= 0 && e.Index < bytes.Length) return e.Index;
        System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return Math.Min(read, bytes.Length - 1);
    }

    /// <summary>1-based line and character column of a byte offset, counting only the valid text before it.</summary>
    private static (int Line, int Column) Position(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var lastNewline = before.LastIndexOf((byte)'\n');
        var line = before.Count((byte)'\n') + 1;
        var lineBytes = before[(lastNewline + 1)..];
        var column = Encoding.UTF8.GetCharCount(lineBytes) + 1;
        return (line, column);
    }
}
