using Mcro.Diagnostics;

namespace Mcro.Loading;

/// <summary>
/// Excel's first line "sep=;" (or "sep=,"): it names the delimiter of the lines after it and is not the header.
/// </summary>
/// <param name="Length">The characters the line takes, its line break included: the header starts after them.</param>
public sealed record SeparatorLine(char Delimiter, int Length)
{
    private const string Prefix = "sep=";

    /// <returns>The line, or null when the file does not start with one (or names a separator mcro does not read, reported).</returns>
    public static SeparatorLine? Read(string text, string file, DiagnosticBag bag)
    {
        if (!text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)) return null;
        var end = text.IndexOfAny(['\r', '\n']);
        var content = end < 0 ? text : text[..end];
        var length = end < 0 ? text.Length : end + (text.AsSpan(end).StartsWith("\r\n") ? 2 : 1);
        var separator = content[Prefix.Length..].TrimEnd(' ');
        if (separator is ";" or ",") return new SeparatorLine(separator[0], length);
        bag.Add(new SourceLocation(file, 1, Prefix.Length + 1), ProblemCode.CsvDelimiter, separator == "\t"
            ? "the first line 'sep=' names tabs as the separator; mcro reads CSV separated by commas or semicolons: export the sheet as 'CSV UTF-8 (Comma delimited)'"
            : $"the first line '{Printable.Quote(content)}' names the separator '{Printable.Quote(separator)}'; mcro reads CSV separated by commas or semicolons (sep=, or sep=;)");
        return null;
    }
}
