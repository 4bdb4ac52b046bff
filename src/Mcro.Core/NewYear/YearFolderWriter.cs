using System.Globalization;
using Mcro.Diagnostics;
using Mcro.Loading;
using Mcro.Validation;

namespace Mcro.NewYear;

/// <summary>Writes data/YEAR/ from a source year, whole or not at all, and never over a year that exists.</summary>
public static class YearFolderWriter
{
    /// <summary>What was written: the folder as the user sees it, the source year and the files.</summary>
    public sealed record Written(string Folder, int From, IReadOnlyList<YearTemplate.File> Files);

    public static Result<Written> Write(string root, string displayRoot, int year, int? from)
    {
        var probe = new DataFolder(root, displayRoot, new DiagnosticBag());
        var name = year.ToString(CultureInfo.InvariantCulture);
        var target = Path.Combine(root, name);
        if (!Directory.Exists(root))
            return Result<Written>.Failed(new Diagnostic(SourceLocation.OfFile(displayRoot), ProblemCode.FolderMissing, "data folder not found; pass the dataset folder with --data"));
        if (Directory.Exists(target) || File.Exists(target))
            return Result<Written>.Failed(new Diagnostic(SourceLocation.OfFile(probe.Display(name)), ProblemCode.YearExists,
                $"{year} exists already; mcro new-year never overwrites a year: fill it in, or remove it first"));
        var years = DatasetLoader.FindYears(probe);
        var source = from ?? (years.Where(y => y < year).DefaultIfEmpty(years.DefaultIfEmpty(0).Max()).Max());
        if (!years.Contains(source))
            return Result<Written>.Failed(new Diagnostic(SourceLocation.OfFile(displayRoot), ProblemCode.YearMissing,
                years.Count == 0 ? "no year folder to start from; write the first year by hand (see docs/data-format.md)"
                    : $"no data for {source} to start from; years available: {string.Join(", ", years)}"));

        // The source year and the reference data must be sound: a copy of a broken year is broken twice.
        var loaded = DatasetValidator.LoadAndValidate(root, displayRoot, [source]);
        if (!loaded.Succeeded) return Result<Written>.Failed(loaded.Problems);
        var sourceFolder = Path.Combine(root, source.ToString(CultureInfo.InvariantCulture));
        var files = YearTemplate.For(loaded.Value!, year, source,
            File.ReadAllText(Path.Combine(sourceFolder, "staff.csv")), File.ReadAllText(Path.Combine(sourceFolder, "notes.yaml")));

        var staging = Path.Combine(root, $".mcro-new-{name}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var file in files)
            {
                var path = Path.Combine(staging, file.Name);
                // A mechanism's files are in its own folder (cc/municipalities.csv).
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Text, new System.Text.UTF8Encoding(false));
            }
            Directory.Move(staging, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            return Result<Written>.Failed(new Diagnostic(SourceLocation.OfFile(probe.Display(name)), ProblemCode.FileUnreadable, $"cannot write the year: {DataFolder.Reason(e)}"));
        }
        return Result<Written>.Ok(new Written(probe.Display(name), source, files));
    }
}
