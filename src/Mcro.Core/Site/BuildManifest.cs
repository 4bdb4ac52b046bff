using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Mcro.Localization;

namespace Mcro.Site;

/// <summary>
/// What the last successful build wrote into an output folder: the fingerprint of its inputs, its plan and counts
/// (for the summary line), and every file it wrote with its SHA-256. A rebuild whose fingerprint matches, and whose
/// output is still exactly these files, skips loading, rendering and writing altogether.
/// </summary>
/// <remarks>
/// A plain text file, <see cref="FileName"/>, at the output folder's root. It is removed before a build starts writing
/// and written last, so a build stopped halfway leaves none; the file check catches any later edit of the output.
/// </remarks>
public sealed record BuildManifest(
    string Fingerprint,
    SitePlan Plan,
    int Pages,
    int Charts,
    IReadOnlyList<BuildManifest.Entry> Files,
    IReadOnlyList<BuildManifest.Folder> Folders,
    IReadOnlyList<string> Absent)
{
    public const string FileName = ".mcro-manifest";

    private const string Header = "mcro build manifest 1";

    /// <summary>One written file: its site path, length and SHA-256 (hex).</summary>
    public sealed record Entry(string Path, long Length, string Sha256);

    /// <summary>A folder swapped whole, with how many files it holds (so a stray extra file is noticed).</summary>
    public sealed record Folder(string Path, int FileCount);

    public static BuildManifest Of(string fingerprint, SitePlan plan, SiteBuildResult site)
    {
        var output = site.Output!;
        var files = output.AllFiles.AsParallel().AsOrdered()
            .Select(f => new Entry(f.Path, f.Content.Length, Convert.ToHexStringLower(SHA256.HashData(f.Content))))
            .ToList();
        var folders = output.Folders.Select(f => new Folder(f.Path, f.Files.Count)).ToList();
        return new BuildManifest(fingerprint, plan, site.Pages, site.Charts, files, folders, output.Obsolete);
    }

    /// <summary>The output folder holds exactly what this manifest lists: every file with its bytes, no extra file in a swapped folder, nothing obsolete, and its site marker.</summary>
    public bool Matches(string outputFolder)
    {
        if (!SiteMarker.IsIn(outputFolder)) return false;
        if (Directory.Exists(Path.Combine(outputFolder, SiteWriter.StagingFolder))) return false;
        if (Absent.Any(p => File.Exists(Path.Combine(outputFolder, p)))) return false;
        foreach (var folder in Folders)
        {
            var path = Path.Combine(outputFolder, folder.Path);
            if (!Directory.Exists(path) || Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Count() != folder.FileCount) return false;
        }
        return Files.AsParallel().All(f => FileMatches(Path.Combine(outputFolder, f.Path), f));
    }

    private static bool FileMatches(string path, Entry entry)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != entry.Length) return false;
        return Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))) == entry.Sha256;
    }

    /// <summary>The manifest in the output folder, or null when there is none or it is not one this version reads.</summary>
    public static BuildManifest? Read(string outputFolder)
    {
        var path = Path.Combine(outputFolder, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            return Parse(File.ReadAllLines(path, Encoding.UTF8));
        }
        catch (Exception e) when (e is FormatException or IndexOutOfRangeException or ArgumentException or IOException or OverflowException)
        {
            // A damaged manifest only costs a full build.
            return null;
        }
    }

    /// <summary>Removes the manifest before a build writes, so that a build stopped halfway leaves none.</summary>
    public static void Remove(string outputFolder)
    {
        var path = Path.Combine(outputFolder, FileName);
        if (File.Exists(path)) File.Delete(path);
    }

    /// <summary>Writes the manifest through a temporary file and a rename, so it is never seen half written.</summary>
    public void Write(string outputFolder)
    {
        var path = Path.Combine(outputFolder, FileName);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, Format(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temporary, path, overwrite: true);
    }

    private string Format()
    {
        static string Tags(IEnumerable<Edition> editions) => string.Join(",", editions.Select(e => e.Tag));
        static string Years(IEnumerable<int> years) => string.Join(",", years.Select(y => y.ToString(CultureInfo.InvariantCulture)));
        var text = new StringBuilder();
        text.Append(Header).Append('\n')
            .Append("fingerprint ").Append(Fingerprint).Append('\n')
            .Append("years ").Append(Years(Plan.Years)).Append('\n')
            .Append("editions ").Append(Tags(Plan.Editions)).Append('\n')
            .Append("build-years ").Append(Years(Plan.BuildYears)).Append('\n')
            .Append("build-editions ").Append(Tags(Plan.BuildEditions)).Append('\n')
            .Append("landing ").Append(Plan.LandingEdition.Tag).Append('\n')
            .Append("base-url ").Append(Plan.BaseUrl ?? "").Append('\n')
            .Append(CultureInfo.InvariantCulture, $"counts {Pages} {Charts}\n");
        foreach (var folder in Folders) text.Append(CultureInfo.InvariantCulture, $"folder {folder.FileCount} {folder.Path}\n");
        foreach (var file in Files) text.Append(CultureInfo.InvariantCulture, $"file {file.Sha256} {file.Length} {file.Path}\n");
        foreach (var absent in Absent) text.Append("absent ").Append(absent).Append('\n');
        return text.ToString();
    }

    private static BuildManifest? Parse(string[] lines)
    {
        if (lines.Length < 9 || lines[0] != Header) return null;
        string Value(int line, string key) =>
            lines[line].StartsWith(key + " ", StringComparison.Ordinal) ? lines[line][(key.Length + 1)..] : throw new FormatException(key);
        static List<int> Years(string text) => [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(y => int.Parse(y, CultureInfo.InvariantCulture))];
        static List<Edition> Tags(string text) => [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Edition.For)];

        var baseUrl = Value(7, "base-url");
        var plan = new SitePlan(Years(Value(2, "years")), Tags(Value(3, "editions")), Years(Value(4, "build-years")), Tags(Value(5, "build-editions")),
            Edition.For(Value(6, "landing")), baseUrl.Length == 0 ? null : baseUrl);
        var counts = Value(8, "counts").Split(' ');
        var files = new List<Entry>();
        var folders = new List<Folder>();
        var absent = new List<string>();
        foreach (var line in lines.Skip(9))
        {
            var parts = line.Split(' ', 4);
            switch (parts[0])
            {
                case "folder": folders.Add(new Folder(line.Split(' ', 3)[2], int.Parse(parts[1], CultureInfo.InvariantCulture))); break;
                case "file": files.Add(new Entry(parts[3], long.Parse(parts[2], CultureInfo.InvariantCulture), parts[1])); break;
                case "absent": absent.Add(line["absent ".Length..]); break;
                default: throw new FormatException(line);
            }
        }
        return new BuildManifest(Value(1, "fingerprint"), plan, int.Parse(counts[0], CultureInfo.InvariantCulture),
            int.Parse(counts[1], CultureInfo.InvariantCulture), files, folders, absent);
    }
}
