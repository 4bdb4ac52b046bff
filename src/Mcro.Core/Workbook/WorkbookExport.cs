using System.Globalization;
using Mcro.Diagnostics;
using Mcro.Loading;

namespace Mcro.Workbook;

/// <summary>mcro workbook export: the year's entry workbook, made from the dataset as it is (a year still being filled in included).</summary>
public static class WorkbookExport
{
    /// <summary>What was written: the workbook's bytes, how many office and staff rows it holds, whether they came from the year's files, and the mechanisms whose sheets it has.</summary>
    public sealed record Exported(byte[] Bytes, int Offices, int Staff, bool FromFiles)
    {
        public IReadOnlyList<string> Mechanisms { get; init; } = [];
    }

    /// <summary>The workbook of <paramref name="year"/>; the reference lists must be sound, the year's own answers need not be (they are what the team fixes).</summary>
    public static Result<Exported> Make(string root, string displayRoot, int year, string language)
    {
        var yearFolder = year.ToString(CultureInfo.InvariantCulture);
        var exists = Directory.Exists(Path.Combine(root, yearFolder));
        var loaded = DatasetLoader.Load(root, displayRoot, [year]);
        var yearPrefix = new DataFolder(root, displayRoot, new DiagnosticBag()).Display(yearFolder) + "/";
        // Problems of the year's own files are the team's to fix in the workbook; anything else stops the export.
        var blocking = loaded.Problems.Where(p => !p.Location.File.StartsWith(yearPrefix, StringComparison.Ordinal) && p.Code != ProblemCode.YearMissing).ToList();
        if (loaded.Value is null || blocking.Count > 0) return Result<Exported>.Failed(blocking.Count > 0 ? blocking : loaded.Problems);
        var dataset = loaded.Value;
        if (!dataset.Config.Languages.Contains(language))
            return Result<Exported>.Failed(new Diagnostic(dataset.Config.Location, ProblemCode.WorkbookLanguage,
                $"the dataset has no texts in '{language}'; languages: {string.Join(", ", dataset.Config.Languages)}"));
        var warnings = new List<Diagnostic>();
        var texts = WorkbookTexts.For(dataset, language, warnings);
        var folder = new DataFolder(root, displayRoot, new DiagnosticBag());
        var offices = exists ? Table(folder, $"{yearFolder}/offices.csv") : null;
        var staff = exists ? Table(folder, $"{yearFolder}/staff.csv") : null;
        var mechanisms = Mechanisms(folder, dataset, yearFolder);
        var book = EntryWorkbookModel.For(dataset, year, language, texts, offices, staff, mechanisms);
        var bytes = WorkbookWriter.Write(book);
        return Result<Exported>.Ok(new Exported(bytes, book.Sheets.First(s => s.Name == WorkbookLayout.Offices).Rows.Length,
            staff?.Records.Length ?? 0, offices is not null) { Mechanisms = [.. mechanisms.Select(m => m.Definition.Id)] }) with { Warnings = warnings };
    }

    /// <summary>Every mechanism defined from data with a folder in the year, its tables as the files hold them.</summary>
    private static List<MechanismTables> Mechanisms(DataFolder folder, Model.Dataset dataset, string yearFolder)
    {
        var defined = dataset.DefinedMechanisms.ToList();
        return [.. defined.Zip(MechanismSheets.NamesOf(defined.Select(d => d.Id)))
            .Where(p => Directory.Exists(Path.Join(folder.Root, yearFolder, p.First.Id)))
            .Select(p => new MechanismTables(p.First, p.Second,
                Table(folder, MechanismSheets.TableFile(yearFolder, p.First.Id)), Table(folder, MechanismSheets.PeopleFile(yearFolder, p.First.Id))))];
    }

    private static CsvTable? Table(DataFolder folder, string relative) =>
        folder.Exists(relative) && folder.ReadText(relative) is { } text ? CsvTableReader.Parse(text, folder.Display(relative), folder.Bag) : null;

    /// <summary>Writes the workbook whole or not at all: a temporary file beside it, then one rename.</summary>
    public static Diagnostic? Save(byte[] bytes, string path, string display)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.mcro-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(temporary); } catch (Exception again) when (again is IOException or UnauthorizedAccessException) { }
            return new Diagnostic(SourceLocation.OfFile(display), ProblemCode.FileUnwritable, $"cannot write the workbook: {DataFolder.Reason(e)}");
        }
    }
}
