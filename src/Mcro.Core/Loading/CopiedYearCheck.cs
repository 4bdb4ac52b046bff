using System.Globalization;
using System.Text;
using Mcro.Diagnostics;

namespace Mcro.Loading;

/// <summary>
/// Data copied from the year before and not yet brought up to date. A year folder whose every file is byte for byte
/// the previous year's is one warning naming the folder; otherwise each data file that is the previous year's, byte
/// for byte or but for the year written in it, is a warning naming that file. It is valid data, so it is a warning,
/// not a problem: the build goes on, and says so. A mechanism's files (YEAR/ID/municipalities.csv, people.csv,
/// notes.yaml) are compared with the same files of the year before's folder of that mechanism.
/// </summary>
public static class CopiedYearCheck
{
    public static readonly ProblemCode Rule = ProblemCode.YearUnchanged;

    public static readonly ProblemCode FileRule = ProblemCode.FileUnchanged;

    /// <summary>The files of a year compared with the year before's, one by one (year.yaml is a setting, the same every year).</summary>
    public static readonly IReadOnlyList<string> YearFiles = ["offices.csv", "staff.csv", "notes.yaml"];

    /// <summary>How a file is the same as the year before's.</summary>
    public enum Copy
    {
        None,
        Bytes,
        ButForTheYear,
    }

    public static IReadOnlyList<Diagnostic> Warnings(DataFolder folder, IEnumerable<int> years)
    {
        var warnings = new List<Diagnostic>();
        foreach (var year in years.Order())
        {
            var previous = year - 1;
            if (SameFiles(folder.Root, Name(year), Name(previous)))
            {
                warnings.Add(new Diagnostic(SourceLocation.OfFile(folder.Display(Name(year))), Rule,
                    $"every file is the same as in {Name(previous)}/, byte for byte: a copied folder not yet filled in? {Name(year)}'s sheets would show {Name(previous)}'s figures"));
                continue;
            }
            foreach (var file in YearFiles.Concat(MechanismFiles(folder.Root, year)))
            {
                var copy = CopyOf(folder.Root, year, file);
                if (copy == Copy.None) continue;
                var how = copy == Copy.Bytes ? "byte for byte" : $"but for the year ({Name(previous)} written as {Name(year)})";
                warnings.Add(new Diagnostic(SourceLocation.OfFile(folder.Display($"{Name(year)}/{file}")), FileRule,
                    $"the same as {Name(previous)}/{file}, {how}: copied and not yet brought up to date? {Name(year)}'s sheets would show {Name(previous)}'s {What(file)}"));
            }
        }
        return warnings;
    }

    /// <summary>Whether <paramref name="file"/> of <paramref name="year"/> is the year before's, byte for byte or but for the year.</summary>
    public static Copy CopyOf(string root, int year, string file)
    {
        var (path, previous) = (Path.Join(root, Name(year), file), Path.Join(root, Name(year - 1), file));
        if (!File.Exists(path) || !File.Exists(previous)) return Copy.None;
        var unused = new DiagnosticBag();
        // The year is four digits either way: a copy but for the year has the same size too.
        if (!SameSize(path, previous) || TextFileDecoder.ReadBytes(path, path, unused) is not { } now
            || TextFileDecoder.ReadBytes(previous, previous, unused) is not { } before) return Copy.None;
        if (now.AsSpan().SequenceEqual(before)) return Copy.Bytes;
        // Latin-1 maps every byte to one character and back: the year is replaced in the bytes, whatever the encoding.
        var earlier = Encoding.Latin1.GetString(before);
        return earlier.Contains(Name(year - 1), StringComparison.Ordinal)
            && earlier.Replace(Name(year - 1), Name(year), StringComparison.Ordinal) == Encoding.Latin1.GetString(now)
            ? Copy.ButForTheYear : Copy.None;
    }

    /// <summary>The files of a year's mechanism folders (YEAR/ID/) that the year before has a folder of the same name for: "cc/municipalities.csv", ….</summary>
    public static readonly IReadOnlyList<string> MechanismYearFiles = ["municipalities.csv", "people.csv", "notes.yaml"];

    private static IEnumerable<string> MechanismFiles(string root, int year)
    {
        string[] Folders(int y)
        {
            try
            {
                var path = Path.Join(root, Name(y));
                return Directory.Exists(path) ? [.. Directory.EnumerateDirectories(path).Select(Path.GetFileName).OfType<string>().Where(n => !n.StartsWith('.'))] : [];
            }
            catch (Exception e) when (InputRefusal.IsRefusal(e))
            {
                // What cannot be listed is reported by loading; here it only means "not known to be a copy".
                return [];
            }
        }
        var before = Folders(year - 1);
        return Folders(year).Where(before.Contains).Order(StringComparer.Ordinal).SelectMany(id => MechanismYearFiles.Select(file => $"{id}/{file}"));
    }

    private static string What(string file) => file.Split('/')[^1] switch
    {
        "offices.csv" or "municipalities.csv" => "answers",
        "staff.csv" => "staff",
        "people.csv" => "people",
        _ => "notes",
    };

    private static string Name(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static bool SameFiles(string root, string year, string previous)
    {
        var (yearFolder, previousFolder) = (Path.Join(root, year), Path.Join(root, previous));
        if (!Directory.Exists(yearFolder) || !Directory.Exists(previousFolder)) return false;
        // What cannot be listed or read is reported by loading; here it only means "not known to be a copy".
        var unused = new DiagnosticBag();
        var files = InputFolder.Files(yearFolder, year, unused);
        if (files.Count == 0 || !files.SequenceEqual(InputFolder.Files(previousFolder, previous, unused), StringComparer.Ordinal)) return false;
        return files.All(file => SameBytes(Path.Join(yearFolder, file), Path.Join(previousFolder, file), unused));
    }

    private static bool SameSize(string a, string b)
    {
        try
        {
            return new FileInfo(a).Length == new FileInfo(b).Length;
        }
        catch (Exception e) when (InputRefusal.IsRefusal(e))
        {
            return false;
        }
    }

    private static bool SameBytes(string a, string b, DiagnosticBag unused) =>
        // Sizes first: the usual answer ("filled in") without reading a byte. Read as every input is: bounded, never blocking on a pipe or a device.
        SameSize(a, b) && TextFileDecoder.ReadBytes(a, a, unused) is { } left && TextFileDecoder.ReadBytes(b, b, unused) is { } right && left.AsSpan().SequenceEqual(right);
}
