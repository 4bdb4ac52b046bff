using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Mcro.Loading;

namespace Mcro.Build;

/// <summary>
/// One hash of everything a build's output depends on: every file and folder name under the data and templates
/// folders and the built-in templates beneath them, what was asked (years, editions, mechanisms, base URL) and the tool itself (Mcro.Core's module id, which a
/// deterministic build changes with every change of code, and the versions of the libraries it draws with).
/// Output never depends on the machine, the culture or the time, so equal fingerprints mean equal output.
/// After a build, files are counted with the bytes the build read (<see cref="InputLog"/>), not as the disk holds
/// them by then: an edit made while the build ran, even one undone since, never passes for built.
/// </summary>
public static class BuildFingerprint
{
    /// <summary>The fingerprint, or null when an input cannot be hashed within the loaders' size limit.</summary>
    /// <param name="read">What the build read; null for the inputs as they are on disk now.</param>
    public static string? Of(BuildRequest request, InputLog? read = null) => Parts(request, read)?.Whole;

    /// <summary>
    /// The fingerprint in parts: what every page depends on (the tool, the request, the templates, the data outside
    /// the year folders) and each year folder on its own, so a change to one year's data can rebuild that year alone.
    /// </summary>
    public static InputFingerprint? Parts(BuildRequest request, InputLog? read = null)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        var years = new SortedDictionary<int, IncrementalHash>();

        Add("mcro build fingerprint 2");
        var core = typeof(BuildFingerprint).Assembly;
        Add(core.ManifestModule.ModuleVersionId.ToString());
        foreach (var reference in core.GetReferencedAssemblies().Select(a => a.FullName).Order(StringComparer.Ordinal))
            Add(reference);
        Add("years " + (request.Years is null ? "all" : string.Join(",", request.Years.Select(y => y.ToString(CultureInfo.InvariantCulture)))));
        Add("languages " + (request.Languages is null ? "all" : string.Join(",", request.Languages)));
        Add("base-url " + (request.BaseUrl ?? ""));
        Add("mechanisms " + MechanismSelection.Fingerprint(request.Mechanisms));
        // The leaflets depend on the browser that prints them: the same one, unchanged, prints the same bytes.
        Add("leaflets " + (request.Leaflets ? Browser(request) : "none"));
        Add("source-date " + (request.SourceDate?.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) ?? ""));
        try
        {
            // A draft year left out is no input: with or without it, the same site (and a draft's edits build nothing).
            var drafts = request.Drafts || !Directory.Exists(request.DataFolder) ? new HashSet<int>()
                : YearSettingsLoader.Drafts(request.DataFolder, DataYears.FoldersOf(request with { Drafts = true }));
            if (!AddFolder(hash, "data", request.DataFolder, read, years, drafts) || !AddFolder(hash, "templates", request.TemplatesFolder, read, null)
                // The built-ins beneath the team's templates: a new mcro's templates build anew, as a team's edit does.
                || !AddFolder(hash, "built-in templates", request.BuiltInTemplates ?? "", read, null)) return null;
            var shared = Convert.ToHexStringLower(hash.GetHashAndReset());
            var perYear = years.ToDictionary(y => y.Key, y => Convert.ToHexStringLower(y.Value.GetHashAndReset()));
            using var whole = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            whole.AppendData(Encoding.UTF8.GetBytes("shared " + shared + "\n"));
            foreach (var (year, yearHash) in perYear) whole.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"year {year} {yearHash}\n")));
            return new InputFingerprint(Convert.ToHexStringLower(whole.GetHashAndReset()), shared, perYear);
        }
        finally
        {
            foreach (var yearHash in years.Values) yearHash.Dispose();
        }
    }

    /// <summary>Every entry by its path; folders too, since an empty or misnamed year folder changes what a build says.</summary>
    /// <returns>false for a file past the loaders' limit (a link to /dev/zero, a file still growing) or not a plain file (a named pipe): the build itself then says why.</returns>
    /// <param name="years">Where the entries of each year folder go (data only); null: everything into <paramref name="hash"/>.</param>
    /// <param name="leftOut">Year folders not hashed at all (the draft years of a build without --drafts).</param>
    private static bool AddFolder(IncrementalHash hash, string name, string root, InputLog? read, SortedDictionary<int, IncrementalHash>? years,
        IReadOnlySet<int>? leftOut = null)
    {
        hash.AppendData(Encoding.UTF8.GetBytes($"folder {name}\n"));
        if (!Directory.Exists(root)) return true;
        var entries = Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
            .Select(path => (Path: path, Relative: Path.GetRelativePath(root, path).Replace('\\', '/')))
            .OrderBy(e => e.Relative, StringComparer.Ordinal);
        foreach (var (path, relative) in entries)
        {
            var target = hash;
            var top = relative.Split('/')[0];
            if (years is not null && Mcro.Site.SiteLayout.IsYearFolder(top))
            {
                var year = int.Parse(top, CultureInfo.InvariantCulture);
                if (leftOut?.Contains(year) == true) continue;
                if (!years.TryGetValue(year, out target)) years[year] = target = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            }
            if (Directory.Exists(path))
            {
                target.AppendData(Encoding.UTF8.GetBytes($"dir {relative}\n"));
                continue;
            }
            if (HashOf(path, relative, read) is not { } sha) return false;
            target.AppendData(Encoding.UTF8.GetBytes($"file {relative} {sha}\n"));
        }
        return true;
    }

    private static string Browser(BuildRequest request)
    {
        if (Mcro.Producers.Leaflet.ChromiumLocator.Find(request.Chromium, Mcro.Diagnostics.SourceLocation.OfFile("--pdf")).Value is not { } path) return "missing";
        // Through links (alternatives, snap) to the file itself: an upgrade changes its size or time.
        var file = new FileInfo(path);
        if (file.LinkTarget is not null && file.ResolveLinkTarget(returnFinalTarget: true) is FileInfo target) file = target;
        return string.Create(CultureInfo.InvariantCulture, $"{file.FullName} {file.Length} {file.LastWriteTimeUtc.Ticks}");
    }

    private static string? HashOf(string path, string relative, InputLog? read)
    {
        if (read?.HashOf(path) is { } loaded) return loaded;
        // The loaders' own bounded reader: a link to /dev/zero or a named pipe is refused here as it is there.
        return TextFileDecoder.ReadBytes(path, relative, new Mcro.Diagnostics.DiagnosticBag()) is { } content
            ? Convert.ToHexStringLower(SHA256.HashData(content))
            : null;
    }
}
