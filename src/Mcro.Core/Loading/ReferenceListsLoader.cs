using System.Collections.Immutable;
using Mcro.Model;

namespace Mcro.Loading;

/// <summary>Loads the lists every year shares: municipalities, communities and core tasks.</summary>
public static class ReferenceListsLoader
{
    public static string[] NameColumns(IReadOnlyList<string> languages) => [.. languages.Select(l => $"name_{l}")];

    /// <summary>Optional: the name after "in" where a language declines it (docs/data-format.md).</summary>
    public static string[] LocativeColumns(IReadOnlyList<string> languages) => [.. languages.Select(l => $"locative_{l}")];

    private static readonly Dictionary<string, bool> YesNo = new() { ["yes"] = true, ["no"] = false };

    /// <summary>The optional columns that give the years of each office; see docs/data-format.md.</summary>
    public static readonly string[] OfficeYearColumns = ["mocr_until", "similar_office_since", "similar_office_until"];

    public static ImmutableArray<Municipality> Municipalities(DataFolder folder, IReadOnlyList<string> languages)
    {
        var result = ImmutableArray.CreateBuilder<Municipality>();
        if (folder.ReadCsv("municipalities.csv", ["code", .. NameColumns(languages), "mocr_since", "similar_office"], [.. OfficeYearColumns, .. LocativeColumns(languages)]) is not { } csv)
            return result.ToImmutable();
        foreach (var row in csv.Rows(folder.Bag))
        {
            var code = CellReader.Code(row["code"], row.Cell("code"), "municipality code", folder.Bag);
            var name = Names(row, folder, languages, row["code"]);
            var years = ((string[])["mocr_since", .. OfficeYearColumns]).Select(column => OptionalYear(row, column, folder)).ToArray();
            var similar = row["similar_office"].Length == 0 ? false
                : CellReader.Choice(row["similar_office"], row.Cell("similar_office"), "similar_office", YesNo, folder.Bag, row["code"]);
            // Every cell is read before the row is judged: a row with two mistakes reports both.
            var locative = Locatives(row, folder, languages);
            if (code is null || name is null || similar is null || years.Any(y => !y.Read)) continue;
            result.Add(new Municipality(code, name, years[0].Year, similar.Value || years[2].Year is not null || years[3].Year is not null, row.Cell("code"))
            {
                MocrUntil = years[1].Year,
                SimilarOfficeSince = years[2].Year,
                SimilarOfficeUntil = years[3].Year,
                Locative = locative,
            });
        }
        return result.ToImmutable();
    }

    /// <summary>An empty cell is no year; a cell that is not a year was reported.</summary>
    private static (int? Year, bool Read) OptionalYear(CsvRow row, string column, DataFolder folder)
    {
        if (row[column].Length == 0) return (null, true);
        var year = CellReader.Year(row[column], row.Cell(column), column, folder.Bag);
        return (year, year is not null);
    }

    public static ImmutableArray<Community> Communities(DataFolder folder, IReadOnlyList<string> languages)
    {
        var result = ImmutableArray.CreateBuilder<Community>();
        if (folder.ReadCsv("communities.csv", ["code", .. NameColumns(languages)]) is not { } csv) return result.ToImmutable();
        foreach (var row in csv.Rows(folder.Bag))
        {
            var code = CellReader.Code(row["code"], row.Cell("code"), "community code", folder.Bag);
            var name = Names(row, folder, languages);
            if (code is not null && name is not null) result.Add(new Community(code, name, row.Cell("code")));
        }
        return result.ToImmutable();
    }

    public static ImmutableArray<CoreTask> Tasks(DataFolder folder, IReadOnlyList<string> languages)
    {
        var result = ImmutableArray.CreateBuilder<CoreTask>();
        if (folder.ReadCsv("tasks.csv", ["key", .. NameColumns(languages)]) is not { } csv) return result.ToImmutable();
        foreach (var row in csv.Rows(folder.Bag))
        {
            var key = CellReader.Code(row["key"], row.Cell("key"), "task key", folder.Bag);
            var name = Names(row, folder, languages);
            if (key is not null && name is not null) result.Add(new CoreTask(key, name, row.Cell("key")));
        }
        return result.ToImmutable();
    }

    private static LocalizedText Locatives(CsvRow row, DataFolder folder, IReadOnlyList<string> languages)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var (language, column) in languages.Zip(LocativeColumns(languages)))
        {
            if (row[column].Length > 0 && CellReader.Text(row[column], row.Cell(column), column, folder.Bag) is { } text)
                pairs.Add(new(language, text));
        }
        return LocalizedText.From(pairs);
    }

    private static LocalizedText? Names(CsvRow row, DataFolder folder, IReadOnlyList<string> languages, string? of = null)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var column in NameColumns(languages))
        {
            if (CellReader.Text(row[column], row.Cell(column), column, folder.Bag, of) is { } text)
                pairs.Add(new(column["name_".Length..], text));
        }
        return pairs.Count == languages.Count ? LocalizedText.From(pairs) : null;
    }
}
