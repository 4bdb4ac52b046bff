using System.Collections.Immutable;
using System.Globalization;
using Mcro.Diagnostics;
using Mcro.Model;

namespace Mcro.Workbook;

/// <summary>
/// The workbook's words in one language, from the dataset's i18n files (the `workbook.` keys). A dataset written
/// before the workbook existed lacks them: the English words stand in, and a warning names the missing key.
/// </summary>
public sealed class WorkbookTexts
{
    private static readonly ImmutableDictionary<string, string> English = new Dictionary<string, string>
    {
        ["municipality"] = "Municipality",
        ["code"] = "Code",
        ["work_plan"] = "Work plan",
        ["annual_report"] = "Annual report",
        ["position"] = "Position",
        ["community"] = "Community",
        ["gender"] = "Gender",
        ["tasks"] = "Tasks",
        ["all_tasks"] = "all tasks",
        ["reason"] = "Reason",
        ["title"] = "Monitoring of the MOCRs: data entry for {year}",
        ["step_offices"] = "Sheet 'offices': one row per office. Choose yes, no or n/a in each white cell from its drop-down list.",
        ["step_staff"] = "Sheet 'staff': one row per person. Choose the municipality, position, community and gender from the lists; add rows below the last one.",
        ["step_exclusions"] = "Sheet 'exclusions': the offices left out of tasks this year (read only). Answer n/a exactly where an exclusion applies.",
        ["step_locked"] = "Grey columns (codes and names) are locked. Do not rename the sheets or change the text in brackets in the column headers.",
        ["step_return"] = "Return the saved workbook (.xlsx) to the data team: 'mcro workbook import' checks every cell and names any problem by sheet and cell.",
    }.ToImmutableDictionary();

    /// <summary>The words of the mechanisms' sheets (the `workbook_mechanisms.` keys), asked for only of a dataset that defines mechanisms.</summary>
    private static readonly ImmutableDictionary<string, string> MechanismEnglish = new Dictionary<string, string>
    {
        ["status"] = "Status",
        ["step_mechanism"] = "Sheet '{sheet}' ({name}): one row per municipality. Choose the status (yes, vacant, dissolved or no) from its drop-down list; only where it is yes, answer every other white cell (yes or no; a duty also n/a), and leave them empty otherwise.",
        ["step_people"] = "Sheet '{sheet}' ({name}: {people}): one row per person, only in municipalities whose status is yes. Choose the municipality, community and gender from the lists; add rows below the last one.",
    }.ToImmutableDictionary();

    private readonly ImmutableDictionary<string, string> _texts;

    private readonly ImmutableDictionary<string, string> _mechanismTexts;

    private WorkbookTexts(ImmutableDictionary<string, string> texts, ImmutableDictionary<string, string> mechanismTexts)
    {
        _texts = texts;
        _mechanismTexts = mechanismTexts;
    }

    public static IReadOnlyCollection<string> Keys => English.Keys.Order(StringComparer.Ordinal).ToList();

    public string this[string key] => _texts[key];

    /// <summary>A word of the mechanisms' sheets, its {placeholders} filled in.</summary>
    public string Mechanism(string key, params (string Name, string Value)[] values) =>
        values.Aggregate(_mechanismTexts[key], (text, v) => text.Replace($"{{{v.Name}}}", v.Value, StringComparison.Ordinal));

    public string Title(int year) => _texts["title"].Replace("{year}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    public static WorkbookTexts For(Dataset dataset, string language, List<Diagnostic> warnings)
    {
        var texts = Block(dataset, language, "workbook", English, warnings);
        // A dataset made before the series has no mechanisms' sheets, and no reason to hold their words.
        var mechanismTexts = dataset.DefinedMechanisms.Any() ? Block(dataset, language, "workbook_mechanisms", MechanismEnglish, warnings) : MechanismEnglish;
        return new WorkbookTexts(texts, mechanismTexts);
    }

    private static ImmutableDictionary<string, string> Block(Dataset dataset, string language, string block, ImmutableDictionary<string, string> english, List<Diagnostic> warnings)
    {
        var texts = english.ToBuilder();
        dataset.I18n.ByLanguage.TryGetValue(language, out var catalog);
        foreach (var key in english.Keys.Order(StringComparer.Ordinal))
        {
            if (catalog is not null && catalog.TryGetValue($"{block}.{key}", out var text) && text.Plain is { Length: > 0 } plain) texts[key] = plain;
            else
                warnings.Add(new Diagnostic(SourceLocation.OfFile(dataset.I18n.FileOf(language, dataset.Config)), ProblemCode.I18nText,
                    $"text '{block}.{key}' is missing in '{language}'; the workbook shows it in English"));
        }
        return texts.ToImmutable();
    }
}
