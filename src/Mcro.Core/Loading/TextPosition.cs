using System.Text;

namespace Mcro.Loading;

/// <summary>1-based line and character column, as editors and the CSV and YAML readers count them (UTF-16 units, lines end at '\n').</summary>
internal static class TextPosition
{
    /// <summary>The position of a character of decoded text.</summary>
    public static (int Line, int Column) Of(ReadOnlySpan<char> text, int index)
    {
        var before = text[..index];
        return (before.Count('\n') + 1, index - before.LastIndexOf('\n'));
    }

    /// <summary>The position of a byte offset in UTF-8 bytes, counting only the valid text before it.</summary>
    public static (int Line, int Column) OfUtf8(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var lineBytes = before[(before.LastIndexOf((byte)'\n') + 1)..];
        return (before.Count((byte)'\n') + 1, Encoding.UTF8.GetCharCount(lineBytes) + 1);
    }
}
