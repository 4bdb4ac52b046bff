using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Mcro.Diagnostics;
using Mcro.Loading.Mechanisms;
using Mcro.Localization;
using Mcro.Model;

namespace Mcro.Loading;

/// <summary>Loads a whole dataset folder into immutable domain types, collecting every problem on the way.</summary>
public static partial class DatasetLoader
{
    // \z, not $: "2019" followed by a newline is not a year folder.
    [GeneratedRegex("^(19|20)[0-9]{2}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex YearFolder();

    /// <param name="root">The folder on disk.</param>
    /// <param name="displayRoot">The folder as the user named it, used in messages (e.g. "data").</param>
    /// <param name="onlyYears">Load only these years (null or empty: all).</param>
    /// <param name="log">Where a build records the bytes it read, for its fingerprint.</param>
    /// <param name="replaced">Tables read in place of CSV files (a workbook's sheets), by path in the folder ("2019/offices.csv").</param>
    /// <param name="skipDrafts">Leave out the draft years (year.yaml: status: draft), as a build does without --drafts: as if their folders were not there.</param>
    public static Result<Dataset> Load(string root, string displayRoot, IReadOnlyCollection<int>? onlyYears = null, InputLog? log = null,
        IReadOnlyDictionary<string, CsvTable>? replaced = null, bool skipDrafts = false)
    {
        var bag = new DiagnosticBag();
        if (!Directory.Exists(root))
        {
            bag.Add(SourceLocation.OfFile(displayRoot), ProblemCode.FolderMissing, "data folder not found; pass the dataset folder with --data");
            return new Result<Dataset>(null, bag.ToSortedList());
        }
        if (NotADataFolder.Check(root, displayRoot) is { } notData) return new Result<Dataset>(null, [notData]);
        var folder = new DataFolder(root, displayRoot, bag, log, replaced);
        var declared = ConfigLoader.Load(folder);
        folder = folder.Declaring(declared?.Encodings ?? DataEncodings.None);
        var config = declared is not null ? declared with { KeepLatin = KeepLatinLoader.Load(folder) } : null;
        var languages = config?.Languages ?? ConfigLoader.Fallback.Languages;
        var municipalities = ReferenceListsLoader.Municipalities(folder, languages);
        var communities = ReferenceListsLoader.Communities(folder, languages);
        var problemsBeforeTasks = bag.Count;
        var tasks = ReferenceListsLoader.Tasks(folder, languages);
        var tasksComplete = bag.Count == problemsBeforeTasks;
        var i18n = I18nLoader.Load(folder, languages);
        var glossary = GlossaryLoader.Load(folder, languages);
        var mechanisms = MechanismDefinitionLoader.Load(folder);
        var living = CommunitiesLivingLoader.Load(folder);

        var years = ImmutableSortedDictionary.CreateBuilder<int, YearData>();
        var folders = FindYears(folder);
        if (folders.Count == 0)
            bag.Add(SourceLocation.OfFile(displayRoot), ProblemCode.YearMissing, "no year folder (such as 2019/) in the data folder");
        var drafts = skipDrafts ? YearSettingsLoader.Drafts(root, folders) : new HashSet<int>();
        var available = folders.Where(year => !drafts.Contains(year)).ToList();
        foreach (var year in onlyYears is { Count: > 0 } ? onlyYears : available)
        {
            if (drafts.Contains(year))
            {
                bag.Add(SourceLocation.OfFile(folder.Display(YearSettingsLoader.PathOf(year))), ProblemCode.YearDraft,
                    $"{year} is a draft (status: draft): build it with --drafts to preview it, or remove the status line to publish it");
                continue;
            }
            if (!available.Contains(year))
            {
                bag.Add(SourceLocation.OfFile(displayRoot), ProblemCode.YearMissing,
                    $"no data for {year}; years available: {string.Join(", ", available)}");
                continue;
            }
            years[year] = YearLoader.Load(folder, year, tasks, tasksComplete) with { Mechanisms = MechanismYears(folder, year, mechanisms) };
        }

        var dataset = new Dataset(root, config ?? ConfigLoader.Fallback, municipalities, communities, tasks, i18n, years.ToImmutable())
        {
            Mechanisms = mechanisms,
            CommunitiesLiving = living,
        };
        return new Result<Dataset>(config is null ? null : dataset, bag.ToSortedList()) 
        {
            Warnings = DiagnosticOrder.Sort([.. folder.Warnings.ToSortedList(), .. CopiedYearCheck.Warnings(folder, years.Keys), .. YearGapCheck.Warnings(folder, available),
                .. GlossaryCheck.Findings(glossary, GlossaryTexts.Of(folder.TextRead, folder.Display, languages, years.Keys, mechanisms.Select(m => m.Id)), folder.Display(Glossary.File))
                    .Select(f => f.Problem)]),
        };
    }

    /// <summary>The year's data of each mechanism defined from data that has a folder that year; a folder no definition names is reported.</summary>
    private static ImmutableSortedDictionary<string, Model.Mechanisms.MechanismYear> MechanismYears(DataFolder folder, int year,
        ImmutableArray<Model.Mechanisms.MechanismDefinition> mechanisms)
    {
        var result = ImmutableSortedDictionary.CreateBuilder<string, Model.Mechanisms.MechanismYear>(StringComparer.Ordinal);
        // A data folder without definitions is the MOCR alone, as before the series: its year folders' subfolders are not mcro's.
        if (mechanisms.IsEmpty) return result.ToImmutable();
        foreach (var definition in mechanisms.Where(m => !m.IsOffices && MechanismYearLoader.HasFolder(folder, year, m.Id)))
            result[definition.Id] = MechanismYearLoader.Load(folder, year, definition);
        foreach (var sub in SubFolders(folder, year).Where(name => !name.StartsWith('.') && !mechanisms.Any(m => m.Id == name && !m.IsOffices)))
            folder.Bag.Add(SourceLocation.OfFile(folder.Display($"{year}/{sub}")), ProblemCode.MechanismUnknown,
                $"folder {year}/{sub}/ is not a mechanism of the series: define it in {MechanismDefinitionLoader.Folder}/{sub}.yaml, or move the folder out of the year; defined: {string.Join(", ", mechanisms.Where(m => !m.IsOffices).Select(m => m.Id))}");
        return result.ToImmutable();
    }

    private static IEnumerable<string> SubFolders(DataFolder folder, int year)
    {
        try
        {
            return [.. Directory.EnumerateDirectories(Path.Join(folder.Root, year.ToString(CultureInfo.InvariantCulture)))
                .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return [];
        }
    }

    /// <summary>The year folders; a folder that looks like a mistyped year is reported, never silently skipped.</summary>
    public static IReadOnlyList<int> FindYears(DataFolder folder)
    {
        var years = new List<int>();
        List<string> directories;
        try
        {
            directories = [.. Directory.EnumerateDirectories(folder.Root).Order(StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            folder.Bag.Add(SourceLocation.OfFile(folder.Display(".")), ProblemCode.FileUnreadable, $"cannot read the folder: {DataFolder.Reason(e)}");
            return years;
        }
        foreach (var directory in directories)
        {
            var name = Path.GetFileName(directory);
            if (name.StartsWith('.') || name == "i18n") continue;
            if (YearFolder().IsMatch(name))
                years.Add(int.Parse(name, CultureInfo.InvariantCulture));
            // Any digit, full-width ones included: "２０１９" or "0019" is a year mistyped, not a folder to skip.
            else if (name.Any(char.IsDigit))
                folder.Bag.Add(SourceLocation.OfFile(folder.Display(name)), ProblemCode.YearFolder,
                    $"folder '{Printable.Quote(name)}' looks like a year but a year folder's name is exactly four digits, e.g. 2019");
        }
        return years;
    }
}
