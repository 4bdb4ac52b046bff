using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Mcro.Site;

/// <summary>
/// What mcro wrote into an output folder: every file with its length and SHA-256, the fingerprint of the inputs it
/// was built from, and what the build was asked for (for the summary line). It is how a rebuild knows which files are
/// its own — the only ones it ever replaces or removes — and whether the output is already up to date.
/// </summary>
/// <remarks>
/// A plain text file at the output folder's root (<see cref="SiteLayout.Manifest"/>). While a build commits, the
/// manifest lists the files of both the old and the new build without a fingerprint, so a build killed half-way
/// still knows every file it may have written and never matches as up to date.
/// </remarks>
public sealed record BuildManifest(
    string? Fingerprint,
    IReadOnlyList<int> BuildYears,
    IReadOnlyList<string> BuildEditions,
    int Pages,
    int Charts,
    IReadOnlyList<BuildManifest.Entry> Files)
{
    private const string Header = "mcro build manifest 2";
    private const string EarlierHeader = "mcro build manifest 1";

    /// <summary>One written file: its site path, length and SHA-256 (hex).</summary>
    public sealed record Entry(string Path, long Length, string Sha256)
    {
        public static Entry Of(string path, byte[] content) => new(path, content.Length, Convert.ToHexStringLower(SHA256.HashData(content)));
    }

    public static BuildManifest None { get; } = new(null, [], [], 0, 0, []);

    /// <summary>The fingerprint of what every page depends on (the tool, the request, templates, data outside the year folders).</summary>
    public string? Shared { get; init; }

    /// <summary>The fingerprint of each year folder: a later build whose shared inputs are the same rebuilds only the years that differ.</summary>
    public IReadOnlyDictionary<int, string> Years { get; init; } = new Dictionary<int, string>();

    /// <summary>The output folder holds every file listed with its bytes, its marker, and no staging left by a killed build.</summary>
    public bool Matches(string outputFolder)
    {
        if (Fingerprint is null || !File.Exists(Path.Combine(outputFolder, SiteLayout.Marker))) return false;
        if (Directory.Exists(Path.Combine(outputFolder, SiteLayout.Staging))) return false;
        return Files.AsParallel().All(f => OutputFiles.Matches(outputFolder, f));
    }

    /// <summary>The manifest in the output folder; <see cref="None"/> when there is none or it cannot be read (that only costs a full build).</summary>
    public static BuildManifest Read(string outputFolder)
    {
        var path = Path.Combine(outputFolder, SiteLayout.Manifest);
        if (!File.Exists(path)) return None;
        try
        {
            return Parse(File.ReadAllLines(path, Encoding.UTF8)) ?? None;
        }
        catch (Exception e) when (e is FormatException or IndexOutOfRangeException or ArgumentException or IOException or OverflowException or UnauthorizedAccessException)
        {
            return None;
        }
    }

    /// <summary>Writes the manifest through a temporary file and a rename, so it is never seen half written.</summary>
    public void Write(string outputFolder)
    {
        var path = Path.Combine(outputFolder, SiteLayout.Manifest);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, Format(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temporary, path, overwrite: true);
    }

    private string Format()
    {
        var text = new StringBuilder();
        text.Append(Header).Append('\n')
            .Append("fingerprint ").Append(Fingerprint ?? "-").Append('\n')
            .Append("build-years ").AppendJoin(',', BuildYears.Select(y => y.ToString(CultureInfo.InvariantCulture))).Append('\n')
            .Append("build-editions ").AppendJoin(',', BuildEditions).Append('\n')
            .Append(CultureInfo.InvariantCulture, $"counts {Pages} {Charts}\n");
        if (Shared is not null) text.Append("shared ").Append(Shared).Append('\n');
        foreach (var (year, hash) in Years.OrderBy(y => y.Key)) text.Append(CultureInfo.InvariantCulture, $"year {year} {hash}\n");
        foreach (var file in Files.OrderBy(f => f.Path, StringComparer.Ordinal))
            text.Append(CultureInfo.InvariantCulture, $"file {file.Sha256} {file.Length} {file.Path}\n");
        return text.ToString();
    }

    private static BuildManifest? Parse(string[] lines)
    {
        if (lines.Length == 0 || lines[0] is not (Header or EarlierHeader)) return null;
        string? fingerprint = null;
        IReadOnlyList<int> buildYears = [];
        IReadOnlyList<string> editions = [];
        int pages = 0, charts = 0;
        var files = new List<Entry>();
        string? shared = null;
        var years = new Dictionary<int, string>();
        foreach (var line in lines.Skip(1))
        {
            var parts = line.Split(' ', 4);
            switch (parts[0])
            {
                case "fingerprint": fingerprint = parts[1] == "-" ? null : parts[1]; break;
                case "build-years": buildYears = [.. parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(y => int.Parse(y, CultureInfo.InvariantCulture))]; break;
                case "build-editions": editions = parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries); break;
                case "counts": (pages, charts) = (int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture)); break;
                case "shared": shared = parts[1]; break;
                case "year": years[int.Parse(parts[1], CultureInfo.InvariantCulture)] = parts[2]; break;
                // A path that leaves the site (an edited manifest, a name with a line break in it) means the file is damaged.
                case "file" when SiteLayout.IsSitePath(parts[3]): files.Add(new Entry(parts[3], long.Parse(parts[2], CultureInfo.InvariantCulture), parts[1])); break;
                case "file": return null;
                // The first version's plan lines and folder counts: its files are what matters, so it still says what is mcro's.
                default: break;
            }
        }
        // A first-version manifest never matches: its build knew nothing of the rules this one keeps.
        return lines[0] == Header
            ? new BuildManifest(fingerprint, buildYears, editions, pages, charts, files) { Shared = shared, Years = years }
            : new BuildManifest(null, buildYears, editions, pages, charts, files);
    }
}
