using System.Collections.Immutable;
using Mcro.Diagnostics;

namespace Mcro.Loading;

/// <summary>
/// Walks one raw CSV record to find where each cell starts and to name quoting mistakes
/// precisely; the CSV parser itself would silently repair them.
/// </summary>
internal static class RawRecordScanner
{
    /// <param name="header">The header's names, to name the column of a problem in a data row; null while reading the header.</param>
    public static ImmutableArray<int> Scan(string raw, char delimiter, string file, int firstLine, DiagnosticBag bag, IReadOnlyList<string>? header = null)
    {
        var starts = ImmutableArray.CreateBuilder<int>();
        int line = firstLine, column = 1;
        var inQuotes = false;
        var valueStarted = false;
        var afterClosingQuote = false;
        var strayQuoteReported = false;
        var pendingStart = true;
        (int Line, int Column, int Cell) openQuote = default;
        SourceLocation At(int atLine, int atColumn, int cell) => CsvCell.At(file, atLine, atColumn, cell, header);

        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < raw.Length && raw[i + 1] == '"') { i++; column++; }
                    else { inQuotes = false; afterClosingQuote = true; }
                }
                Advance(raw, i, ref line, ref column);
                continue;
            }
            if (c is '\r' or '\n') break;
            if (pendingStart) { starts.Add(column); pendingStart = false; }
            if (c == delimiter)
            {
                valueStarted = afterClosingQuote = strayQuoteReported = false;
                pendingStart = true;
            }
            else if (c is ' ' or '\t') { }
            else if (c == '"' && !valueStarted)
            {
                // A quoted value's text starts after its quote; positions inside it count from there.
                starts[^1] = column + 1;
                inQuotes = valueStarted = true;
                openQuote = (line, column, starts.Count - 1);
            }
            else if (c == '"')
            {
                // One problem per value: 'Srbi "Srbija"' is one mistake, not two.
                if (!strayQuoteReported)
                    bag.Add(At(line, column, starts.Count - 1), ProblemCode.CsvSyntax,
                        "quote inside an unquoted value; put the whole value in quotes and double the inner quote (\"\")");
                valueStarted = strayQuoteReported = true;
            }
            else
            {
                if (afterClosingQuote)
                {
                    bag.Add(At(line, column, starts.Count - 1), ProblemCode.CsvSyntax, "text after a closing quote; the value's quotes are unbalanced");
                    afterClosingQuote = false;
                }
                if (!valueStarted) starts[^1] = column;
                valueStarted = true;
            }
            column++;
        }
        if (pendingStart) starts.Add(column);
        if (inQuotes)
            bag.Add(At(openQuote.Line, openQuote.Column, openQuote.Cell), ProblemCode.CsvSyntax,
                "this quote is never closed; the rest of the file was read as one value");
        return starts.ToImmutable();
    }

    private static void Advance(string raw, int i, ref int line, ref int column)
    {
        var c = raw[i];
        if (c == '\n' || (c == '\r' && (i + 1 == raw.Length || raw[i + 1] != '\n'))) { line++; column = 1; }
        else if (c != '\r') column++;
    }
}
