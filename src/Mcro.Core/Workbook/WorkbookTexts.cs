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

    private readonly ImmutableDictionary<string, string> _texts;

    private WorkbookTexts(ImmutableDictionary<string, string> texts) => _texts = texts;

    public static IReadOnlyCollection<string> Keys => English.Keys.Order(StringComparer.Ordinal).ToList();

    public string this[string key] => _texts[key];

    public string Title(int year) => _texts["title"].Replace("{year}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    public static WorkbookTexts For(Dataset dataset, string language, List<Diagnostic> warnings)
    {
        var texts = English.ToBuilder();
        dataset.I18n.ByLanguage.TryGetValue(language, out var catalog);
        foreach (var key in English.Keys.Order(StringComparer.Ordinal))
        {
            if (catalog is not null && catalog.TryGetValue($"workbook.{key}", out var text) && text.Plain is { Length: > 0 } plain) texts[key] = plain;
            else
                warnings.Add(new Diagnostic(SourceLocation.OfFile(dataset.I18n.FileOf(language, dataset.Config)), ProblemCode.I18nText,
                    $"text 'workbook.{key}' is missing in '{language}'; the workbook shows it in English"));
        }
        return new WorkbookTexts(texts.ToImmutable());
    }
}
