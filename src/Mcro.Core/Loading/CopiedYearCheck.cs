using Mcro.Diagnostics;

namespace Mcro.Loading;

/// <summary>
/// A year folder whose every file is byte for byte the previous year's: a folder copied to start the new year and not
/// yet filled in. It is valid data, so it is a warning, not a problem: the build goes on, and says so.
/// </summary>
public static class CopiedYearCheck
{
    public static readonly ProblemCode Rule = ProblemCode.YearUnchanged;

    public static IReadOnlyList<Diagnostic> Warnings(DataFolder folder, IEnumerable<int> years)
    {
        var warnings = new List<Diagnostic>();
        foreach (var year in years.Order())
        {
            var previous = year - 1;
            if (SameFiles(folder.Root, Name(year), Name(previous)))
                warnings.Add(new Diagnostic(SourceLocation.OfFile(folder.Display(Name(year))), Rule,
                    $"every file is the same as in {Name(previous)}/, byte for byte: a copied folder not yet filled in? {Name(year)}'s sheets would show {Name(previous)}'s figures"));
        }
        return warnings;
    }

    private static string Name(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);

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

    private static bool SameBytes(string a, string b, DiagnosticBag unused)
    {
        // Sizes first: the usual answer ("filled in") without reading a byte.
        try
        {
            if (new FileInfo(a).Length != new FileInfo(b).Length) return false;
        }
        catch (Exception e) when (InputRefusal.IsRefusal(e))
        {
            return false;
        }
        // Read as every input is: bounded, never blocking on a pipe or a device.
        return TextFileDecoder.ReadBytes(a, a, unused) is { } left && TextFileDecoder.ReadBytes(b, b, unused) is { } right && left.AsSpan().SequenceEqual(right);
    }
}
