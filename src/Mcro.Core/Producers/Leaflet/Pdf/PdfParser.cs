using System.Globalization;
using System.Text;

namespace Mcro.Producers.Leaflet.Pdf;

/// <summary>
/// Reads PDF values from bytes: the object syntax of a file and the operands of a content stream are the same
/// grammar. Throws <see cref="FormatException"/> on anything it does not understand.
/// </summary>
internal sealed class PdfParser(byte[] bytes, int position)
{
    public int Position { get; private set; } = position;

    public bool AtEnd
    {
        get
        {
            SkipSpace();
            return Position >= bytes.Length;
        }
    }

    public static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    public void SkipSpace()
    {
        while (Position < bytes.Length)
        {
            if (IsSpace(bytes[Position])) Position++;
            else if (bytes[Position] == '%') while (Position < bytes.Length && bytes[Position] is not ((byte)'\n' or (byte)'\r')) Position++;
            else break;
        }
    }

    /// <summary>The next value; "N 0 R" is a reference; a bare word (an operator, obj, stream, true) is a keyword.</summary>
    public PdfValue Next()
    {
        SkipSpace();
        if (Position >= bytes.Length) throw new FormatException("the PDF ends inside a value");
        var b = bytes[Position];
        switch (b)
        {
            case (byte)'/':
                Position++;
                return new PdfName(Name(Word()));
            case (byte)'(':
                return LiteralString();
            case (byte)'[':
                Position++;
                var items = new List<PdfValue>();
                while (!Closes((byte)']')) items.Add(Next());
                return new PdfArray(items);
            case (byte)'<' when Position + 1 < bytes.Length && bytes[Position + 1] == '<':
                Position += 2;
                var entries = new List<KeyValuePair<string, PdfValue>>();
                while (!Closes((byte)'>'))
                {
                    if (Next() is not PdfName key) throw new FormatException($"a dictionary key is not a name at byte {Position}");
                    entries.Add(KeyValuePair.Create(key.Name, Next()));
                }
                Position++;
                return new PdfDictionary(entries);
            case (byte)'<':
                return HexString();
        }
        var word = Word();
        if (word.Length == 0) throw new FormatException($"unexpected '{(char)b}' at byte {Position}");
        if (word[0] is >= '0' and <= '9' or '-' or '+' or '.')
        {
            // "12 0 R": look ahead for the generation and the R.
            var back = Position;
            SkipSpace();
            var generation = Word();
            SkipSpace();
            if (generation.Length > 0 && generation.All(char.IsAsciiDigit) && Word() == "R") return new PdfReference(int.Parse(word, CultureInfo.InvariantCulture));
            Position = back;
            return new PdfNumber(word);
        }
        return new PdfKeyword(word);
    }

    private bool Closes(byte close)
    {
        SkipSpace();
        if (Position >= bytes.Length) throw new FormatException("the PDF ends inside an array or dictionary");
        if (bytes[Position] != close) return false;
        Position++;
        return true;
    }

    private string Word()
    {
        var start = Position;
        while (Position < bytes.Length && !IsSpace(bytes[Position]) && !IsDelimiter(bytes[Position])) Position++;
        return Encoding.Latin1.GetString(bytes, start, Position - start);
    }

    /// <summary>A name with its #xx escapes resolved.</summary>
    private static string Name(string raw)
    {
        if (!raw.Contains('#', StringComparison.Ordinal)) return raw;
        var sb = new StringBuilder();
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '#' && i + 2 < raw.Length)
            {
                sb.Append((char)Convert.ToByte(raw.Substring(i + 1, 2), 16));
                i += 2;
            }
            else sb.Append(raw[i]);
        }
        return sb.ToString();
    }

    private PdfString HexString()
    {
        var end = Array.IndexOf(bytes, (byte)'>', Position);
        if (end < 0) throw new FormatException("a hex string does not end");
        var hex = new string([.. Encoding.Latin1.GetString(bytes, Position + 1, end - Position - 1).Where(char.IsAsciiHexDigit)]);
        Position = end + 1;
        return new PdfString(Convert.FromHexString(hex.Length % 2 == 0 ? hex : hex + "0"));
    }

    private PdfString LiteralString()
    {
        var result = new List<byte>();
        var depth = 0;
        Position++;
        while (true)
        {
            if (Position >= bytes.Length) throw new FormatException("a string does not end");
            var b = bytes[Position++];
            if (b == '(') depth++;
            else if (b == ')' && depth-- == 0) return new PdfString([.. result]);
            else if (b == '\\')
            {
                var e = bytes[Position++];
                if (e is >= (byte)'0' and <= (byte)'7')
                {
                    var value = e - '0';
                    for (var n = 0; n < 2 && bytes[Position] is >= (byte)'0' and <= (byte)'7'; n++) value = (value * 8) + (bytes[Position++] - '0');
                    result.Add((byte)value);
                }
                else if (e == '\r' || e == '\n')
                {
                    if (e == '\r' && bytes[Position] == '\n') Position++;
                }
                else result.Add(e switch { (byte)'n' => (byte)'\n', (byte)'r' => (byte)'\r', (byte)'t' => (byte)'\t', (byte)'b' => (byte)'\b', (byte)'f' => (byte)'\f', _ => e });
                continue;
            }
            result.Add(b);
        }
    }
}
