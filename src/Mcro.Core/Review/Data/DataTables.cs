using Mcro.Diagnostics;
using Mcro.Loading;
using Mcro.Loading.Mechanisms;

namespace Mcro.Review.Data;

/// <summary>
/// A data folder as the comparison of two reads it: every CSV file as its table and every YAML and list file as its
/// texts, each value with the place <c>mcro validate</c> gives it. Read with the product's own readers (encodings as
/// config.yaml declares them), so a place in the report is the place in the editor.
/// </summary>
/// <param name="Tables">By path in the folder ("2019/offices.csv").</param>
/// <param name="Texts">By path in the folder ("i18n/sr.yaml"), each file's texts in its order.</param>
/// <param name="Languages">The dataset's languages, in config.yaml's order: municipalities are named in them.</param>
public sealed record DataTables(IReadOnlyDictionary<string, CsvTable> Tables, IReadOnlyDictionary<string, IReadOnlyList<DataText>> Texts, IReadOnlyList<string> Languages)
{
    /// <summary>A file of the folder as the report names it ("data/2021/notes.yaml"), for a file whose texts do not say it.</summary>
    public Func<string, string> Display { get; init; } = path => path;

    private static readonly string[] ReferenceTables = ["municipalities.csv", "communities.csv", "tasks.csv", CommunitiesLivingLoader.File];
    private static readonly string[] YearTables = ["offices.csv", "staff.csv"];
    private static readonly string[] MechanismTables = ["municipalities.csv", "people.csv"];

    /// <param name="display">The folder as the report names it ("data").</param>
    public static DataTables Read(string root, string display)
    {
        // What cannot be read is the build's to report; a comparison reads what there is.
        var folder = new DataFolder(root, display, new DiagnosticBag());
        var config = ConfigLoader.Load(folder);
        folder = folder.Declaring(config?.Encodings ?? Model.DataEncodings.None);
        // A draft year's data is compared too: while a year is filled in, each pull request is cells of it, and the
        // reviewer reads them here even though the pages leave the draft out (SiteChanges.DraftsLeftOut says so).
        var years = DatasetLoader.FindYears(folder).ToList();
        var mechanisms = Mechanisms(root);
        var tables = new SortedDictionary<string, CsvTable>(StringComparer.Ordinal);
        foreach (var path in ReferenceTables.Concat(years.SelectMany(year => YearTables.Select(file => $"{year}/{file}")
                     .Concat(mechanisms.SelectMany(id => MechanismTables.Select(file => $"{MechanismYearLoader.FolderOf(year, id)}/{file}"))))))
        {
            if (folder.Exists(path) && folder.ReadText(path) is { } text && CsvTableReader.Parse(text, folder.Display(path), folder.Bag) is { } table)
                tables[path] = table;
        }
        var texts = new SortedDictionary<string, IReadOnlyList<DataText>>(StringComparer.Ordinal);
        foreach (var path in YamlFiles(root, years, mechanisms))
        {
            if (folder.Exists(path) && folder.ReadYaml(path) is { } node) texts[path] = DataText.Of(node);
        }
        if (folder.Exists(KeepLatinLoader.File) && folder.ReadText(KeepLatinLoader.File) is { } keep)
            texts[KeepLatinLoader.File] = DataText.OfList(keep, folder.Display(KeepLatinLoader.File));
        return new DataTables(tables, texts, config?.Languages ?? ConfigLoader.Fallback.Languages) { Display = folder.Display };
    }

    /// <summary>The series' ids, as mechanisms/*.yaml names them: each one's folder in a year holds its tables.</summary>
    private static IReadOnlyList<string> Mechanisms(string root) =>
        [.. MechanismDefinitionLoader.Files(root).Select(Path.GetFileNameWithoutExtension).OfType<string>()];

    private static IEnumerable<string> YamlFiles(string root, IReadOnlyList<int> years, IReadOnlyList<string> mechanisms)
    {
        yield return "config.yaml";
        var i18n = Path.Join(root, "i18n");
        if (Directory.Exists(i18n))
        {
            foreach (var file in Directory.EnumerateFiles(i18n, "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal))
                yield return "i18n/" + file;
        }
        foreach (var id in mechanisms) yield return $"{MechanismDefinitionLoader.Folder}/{id}.yaml";
        foreach (var year in years)
        {
            yield return $"{year}/notes.yaml";
            foreach (var id in mechanisms) yield return $"{MechanismYearLoader.FolderOf(year, id)}/notes.yaml";
            // Publishing a draft is removing its status line: a change the reviewer must see.
            yield return YearSettingsLoader.PathOf(year);
        }
    }
}
