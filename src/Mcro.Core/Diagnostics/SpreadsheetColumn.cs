using System.Text;

namespace Mcro.Diagnostics;

/// <summary>
/// A CSV column as the spreadsheet the data team edits shows it: its letter (A, B, … Z, AA, AB …) and the name in its
/// header cell ("E (coordination)"), so a problem can be found in Excel or LibreOffice without counting characters.
/// </summary>
/// <param name="Index">0-based: the first column is A.</param>
/// <param name="Header">The header cell's text, printable; empty for a cell beyond the header or a header cell itself without name.</param>
public sealed record SpreadsheetColumn(int Index, string Header)
{
    public string Letter => LetterOf(Index);

    /// <summary>The spreadsheet letter of a 0-based column index: 0 → A, 25 → Z, 26 → AA, 701 → ZZ, 702 → AAA.</summary>
    public static string LetterOf(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var letters = new StringBuilder();
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
            letters.Insert(0, (char)('A' + (n - 1) % 26));
        return letters.ToString();
    }

    public override string ToString() => Header.Length == 0 ? Letter : $"{Letter} ({Header})";
}
