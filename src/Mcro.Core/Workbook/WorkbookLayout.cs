using System.Text.RegularExpressions;

namespace Mcro.Workbook;

/// <summary>
/// The shape both directions agree on: the sheet names, and a header cell that shows a column's name in a language with
/// its key kept in parentheses ("Koordinacija (coordination)"). A header that is the key alone, as in the CSV files, reads the same.
/// </summary>
public static partial class WorkbookLayout
{
    public const string Offices = "offices", Staff = "staff", Exclusions = "exclusions", Instructions = "instructions", Lists = "lists";

    /// <summary>The column that shows each row's municipality by name, beside its code; import passes over it.</summary>
    public const string NameColumn = "municipality_name";

    /// <summary>The workbook-level name that records the year an exported workbook is for.</summary>
    public const string YearName = "mcro_year";

    /// <summary>Sheets an exported workbook has beside the tables; import passes over them without a word.</summary>
    public static readonly IReadOnlySet<string> Companions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { Exclusions, Instructions, Lists };

    public static readonly IReadOnlyList<string> StaffColumns = ["municipality", "position", "community", "gender"];

    [GeneratedRegex(@"\(([a-z][a-z0-9_-]*)\)\s*\z", RegexOptions.CultureInvariant)]
    private static partial Regex KeyInParentheses();

    public static string Header(string label, string key) => label.Length == 0 || label == key ? key : $"{label} ({key})";

    /// <summary>The column key of a header cell: the key in its closing parentheses, else the whole text (lower-cased, trimmed).</summary>
    public static string KeyOf(string header)
    {
        var text = header.Trim().ToLowerInvariant();
        return KeyInParentheses().Match(text) is { Success: true } m ? m.Groups[1].Value : text;
    }
}
