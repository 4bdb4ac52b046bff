using System.Collections.Immutable;
using Mcro.Loading;
using Mcro.Model;
using Mcro.Model.Mechanisms;

namespace Mcro.Workbook;

/// <summary>A mechanism with a folder in the workbook's year: its definition, its sheets' names and its tables as read (null: the file is not there).</summary>
public sealed record MechanismTables(MechanismDefinition Definition, MechanismSheetNames Names, CsvTable? Municipalities, CsvTable? People);

/// <summary>
/// A mechanism's sheets in the entry workbook, as the offices and staff sheets are for the MOCR: the rows as the files
/// hold them, the municipality's name beside its code, the definition's labels over its answer columns, and drop-down
/// lists of the values the loader takes.
/// </summary>
internal static class MechanismEntrySheets
{
    public const string StatusList = "status", EveryMunicipalityList = "every_municipality";

    private const int PeopleEntryRows = 200;

    public static readonly ImmutableArray<string> Statuses = ["yes", "vacant", "dissolved", "no"];

    public static IEnumerable<string> Steps(MechanismTables m, string language, WorkbookTexts texts)
    {
        var name = Text(m.Definition.Name, language, m.Definition.Id);
        yield return texts.Mechanism("step_mechanism", ("sheet", m.Names.Table), ("name", name));
        yield return texts.Mechanism("step_people", ("sheet", m.Names.People), ("name", name), ("people", Text(m.Definition.People.Label, language, "")));
    }

    public static EntrySheet Table(Dataset dataset, MechanismTables m, string language, WorkbookTexts texts, ImmutableDictionary<string, string> names)
    {
        var d = m.Definition;
        var columns = ImmutableArray.Create(
            new EntryColumn("municipality", WorkbookLayout.Header(texts["code"], "municipality"), 16, Entry: false),
            new EntryColumn(WorkbookLayout.NameColumn, WorkbookLayout.Header(texts["municipality"], WorkbookLayout.NameColumn), 22, Entry: false),
            new EntryColumn("status", WorkbookLayout.Header(texts.Mechanism("status"), "status"), 14, Entry: true, StatusList))
            .AddRange(d.Indicators.DistinctBy(q => q.Key, StringComparer.Ordinal).Select(q => Question(q, language, "yes_no")))
            .AddRange(d.Duties.DistinctBy(q => q.Key, StringComparer.Ordinal).Select(q => Question(q, language, "answer")));
        var rows = m.Municipalities is null
            ? [.. Codes(dataset).Select(code => columns.Select(c => c.Key == "municipality" ? code : "").ToImmutableArray())]
            : EntryWorkbookModel.Rows(m.Municipalities, columns);
        return new EntrySheet(m.Names.Table, columns, EntryWorkbookModel.WithNames(rows, columns, names), rows.Length);
    }

    public static EntrySheet People(MechanismTables m, WorkbookTexts texts, ImmutableDictionary<string, string> names)
    {
        var columns = ImmutableArray.Create(
            new EntryColumn("municipality", WorkbookLayout.Header(texts["code"], "municipality"), 16, Entry: true, EveryMunicipalityList),
            new EntryColumn(WorkbookLayout.NameColumn, WorkbookLayout.Header(texts["municipality"], WorkbookLayout.NameColumn), 22, Entry: false),
            new EntryColumn("community", WorkbookLayout.Header(texts["community"], "community"), 16, Entry: true, "community"),
            new EntryColumn("gender", WorkbookLayout.Header(texts["gender"], "gender"), 12, Entry: true, "gender"));
        var rows = m.People is null ? [] : EntryWorkbookModel.Rows(m.People, columns);
        return new EntrySheet(m.Names.People, columns, EntryWorkbookModel.WithNames(rows, columns, names), rows.Length + PeopleEntryRows);
    }

    public static ImmutableArray<string> Codes(Dataset dataset) => [.. dataset.Municipalities.Select(m => m.Code).Distinct(StringComparer.Ordinal)];

    private static EntryColumn Question(MechanismQuestion q, string language, string list) =>
        new(q.Key, WorkbookLayout.Header(Text(q.Label, language, ""), q.Key), 24, Entry: true, list);

    private static string Text(LocalizedText text, string language, string fallback) => text.Has(language) ? text[language] : fallback;
}
