using System.Collections.Immutable;

namespace Mcro.Workbook;

/// <summary>The entry workbook as a value: what <see cref="WorkbookWriter"/> writes, made by <see cref="EntryWorkbookModel"/>.</summary>
public sealed record EntryWorkbook(int Year, ImmutableArray<EntrySheet> Sheets, ImmutableArray<EntryList> Lists);

/// <summary>A sheet: a header row and rows of text; <paramref name="EntryRows"/> rows below the header take entries and drop-downs.</summary>
public sealed record EntrySheet(string Name, ImmutableArray<EntryColumn> Columns, ImmutableArray<ImmutableArray<string>> Rows, int EntryRows)
{
    /// <summary>False for a sheet that only shows (instructions): no header row, no protection of its own cells beyond the default.</summary>
    public bool HasHeader { get; init; } = true;
}

/// <summary>A column: its key, its header text, its width in characters, whether a person types in it, and the list it draws from.</summary>
public sealed record EntryColumn(string Key, string Header, double Width, bool Entry, string? List = null);

/// <summary>A closed set of values, a column of the hidden lists sheet.</summary>
public sealed record EntryList(string Name, ImmutableArray<string> Values);
