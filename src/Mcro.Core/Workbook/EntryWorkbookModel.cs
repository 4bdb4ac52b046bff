using System.Collections.Immutable;
using Mcro.Loading;
using Mcro.Model;

namespace Mcro.Workbook;

/// <summary>
/// The entry workbook of one year, as a pure function of the dataset: the year's rows as the CSV files hold them (so an
/// unchanged workbook imports to the same bytes), or, for a year not yet written, one empty row per MOCR of that year.
/// </summary>
public static class EntryWorkbookModel
{
    private const int StaffEntryRows = 200;

    /// <param name="offices">The year's offices.csv as read, or null when the year has none yet.</param>
    /// <param name="staff">The year's staff.csv as read, or null.</param>
    /// <param name="mechanisms">The mechanisms defined from data that have a folder in the year, in the series' order.</param>
    public static EntryWorkbook For(Dataset dataset, int year, string language, WorkbookTexts texts, CsvTable? offices, CsvTable? staff,
        IReadOnlyList<MechanismTables>? mechanisms = null)
    {
        mechanisms ??= [];
        var names = dataset.Municipalities.GroupBy(m => m.Code, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.First().Name.Has(language) ? g.First().Name[language] : g.Key, StringComparer.Ordinal);
        var withOffice = dataset.Municipalities.Where(m => m.HasMocrIn(year) || m.HasSimilarOfficeIn(year)).Select(m => m.Code).ToImmutableArray();
        var lists = ImmutableArray.Create(
            new EntryList("yes_no", ["yes", "no"]),
            new EntryList("answer", ["yes", "no", "n/a"]),
            new EntryList("position", ["head", "staff"]),
            new EntryList("community", [.. dataset.Communities.Select(c => c.Code)]),
            new EntryList("gender", ["female", "male"]),
            new EntryList("municipality", withOffice.IsEmpty ? [.. dataset.Municipalities.Select(m => m.Code)] : withOffice));
        // A dataset without mechanisms keeps the workbook it always had, lists sheet included.
        if (mechanisms.Count > 0)
            lists = lists.AddRange(new EntryList(MechanismEntrySheets.StatusList, MechanismEntrySheets.Statuses),
                new EntryList(MechanismEntrySheets.EveryMunicipalityList, MechanismEntrySheets.Codes(dataset)));
        var excluded = dataset.Years.TryGetValue(year, out var data) ? data.Exclusions : [];
        var steps = mechanisms.SelectMany(m => MechanismEntrySheets.Steps(m, language, texts));
        return new EntryWorkbook(year, [Instructions(year, texts, steps), Offices(dataset, year, language, texts, offices, names), Staff(texts, staff, names),
            Exclusions(texts, excluded, language, names),
            .. mechanisms.SelectMany(m => (EntrySheet[])[MechanismEntrySheets.Table(dataset, m, language, texts, names), MechanismEntrySheets.People(m, texts, names)])], lists);
    }

    private static EntrySheet Instructions(int year, WorkbookTexts texts, IEnumerable<string> mechanismSteps) =>
        new(WorkbookLayout.Instructions, [new EntryColumn("text", "", 110, Entry: false)],
            [[texts.Title(year)], [""], [texts["step_offices"]], [texts["step_staff"]], [texts["step_exclusions"]],
                .. mechanismSteps.Select(s => ImmutableArray.Create(s)), [texts["step_locked"]], [texts["step_return"]]], 0)
        { HasHeader = false };

    private static EntrySheet Offices(Dataset dataset, int year, string language, WorkbookTexts texts, CsvTable? table, ImmutableDictionary<string, string> names)
    {
        var tasks = dataset.Tasks.DistinctBy(t => t.Key, StringComparer.Ordinal).ToList();
        var columns = ImmutableArray.Create(
            new EntryColumn("municipality", WorkbookLayout.Header(texts["code"], "municipality"), 16, Entry: false),
            new EntryColumn(WorkbookLayout.NameColumn, WorkbookLayout.Header(texts["municipality"], WorkbookLayout.NameColumn), 22, Entry: false),
            new EntryColumn("work_plan", WorkbookLayout.Header(texts["work_plan"], "work_plan"), 14, Entry: true, "yes_no"),
            new EntryColumn("annual_report", WorkbookLayout.Header(texts["annual_report"], "annual_report"), 14, Entry: true, "yes_no"))
            .AddRange(tasks.Select(t => new EntryColumn(t.Key, WorkbookLayout.Header(t.Name.Has(language) ? t.Name[language] : "", t.Key), 24, Entry: true, "answer")));
        var rows = table is null
            ? [.. dataset.Municipalities.Where(m => m.HasMocrIn(year)).Select(m => columns.Select(c => c.Key == "municipality" ? m.Code : "").ToImmutableArray())]
            : Rows(table, columns);
        return new EntrySheet(WorkbookLayout.Offices, columns, WithNames(rows, columns, names), rows.Length);
    }

    private static EntrySheet Staff(WorkbookTexts texts, CsvTable? table, ImmutableDictionary<string, string> names)
    {
        var columns = ImmutableArray.Create(
            new EntryColumn("municipality", WorkbookLayout.Header(texts["code"], "municipality"), 16, Entry: true, "municipality"),
            new EntryColumn(WorkbookLayout.NameColumn, WorkbookLayout.Header(texts["municipality"], WorkbookLayout.NameColumn), 22, Entry: false),
            new EntryColumn("position", WorkbookLayout.Header(texts["position"], "position"), 14, Entry: true, "position"),
            new EntryColumn("community", WorkbookLayout.Header(texts["community"], "community"), 16, Entry: true, "community"),
            new EntryColumn("gender", WorkbookLayout.Header(texts["gender"], "gender"), 12, Entry: true, "gender"));
        var rows = table is null ? [] : Rows(table, columns);
        return new EntrySheet(WorkbookLayout.Staff, columns, WithNames(rows, columns, names), rows.Length + StaffEntryRows);
    }

    private static EntrySheet Exclusions(WorkbookTexts texts, ImmutableArray<Exclusion> exclusions, string language, ImmutableDictionary<string, string> names)
    {
        var columns = ImmutableArray.Create(
            new EntryColumn("municipality", WorkbookLayout.Header(texts["code"], "municipality"), 16, Entry: false),
            new EntryColumn(WorkbookLayout.NameColumn, WorkbookLayout.Header(texts["municipality"], WorkbookLayout.NameColumn), 22, Entry: false),
            new EntryColumn("tasks", WorkbookLayout.Header(texts["tasks"], "tasks"), 30, Entry: false),
            new EntryColumn("reason", WorkbookLayout.Header(texts["reason"], "reason"), 60, Entry: false));
        var rows = exclusions.Select(e => ImmutableArray.Create(e.Municipality, names.GetValueOrDefault(e.Municipality, ""),
            e.AllTasks ? texts["all_tasks"] : string.Join(", ", e.Tasks), e.Reason.Has(language) ? e.Reason[language] : "")).ToImmutableArray();
        return new EntrySheet(WorkbookLayout.Exclusions, columns, rows, 0);
    }

    /// <summary>The table's values under the sheet's columns, by header name; a column the file lacks is left empty.</summary>
    internal static ImmutableArray<ImmutableArray<string>> Rows(CsvTable table, ImmutableArray<EntryColumn> columns)
    {
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < table.Header.Length; i++) indexOf.TryAdd(table.Header[i].Name, i);
        return [.. table.Records.Select(r => columns.Select(c => indexOf.TryGetValue(c.Key, out var i) && i < r.Values.Length ? r.Values[i] : "").ToImmutableArray())];
    }

    internal static ImmutableArray<ImmutableArray<string>> WithNames(ImmutableArray<ImmutableArray<string>> rows, ImmutableArray<EntryColumn> columns,
        ImmutableDictionary<string, string> names)
    {
        var code = columns.IndexOf(columns.First(c => c.Key == "municipality"));
        var name = columns.IndexOf(columns.First(c => c.Key == WorkbookLayout.NameColumn));
        return [.. rows.Select(r => r.SetItem(name, names.GetValueOrDefault(r[code], "")))];
    }
}
