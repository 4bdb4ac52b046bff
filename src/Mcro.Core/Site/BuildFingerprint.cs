using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Mcro.Site;

/// <summary>
/// One hash of everything a build's output depends on: every file and folder name under the data and templates
/// folders, what was asked (years, editions, base URL) and the tool itself (Mcro.Core's module id, which a
/// deterministic build changes with every change of code, and the versions of the libraries it draws with).
/// Output never depends on the machine, the culture or the time, so equal fingerprints mean equal output.
/// </summary>
public static class BuildFingerprint
{
    public static string Of(BuildRequest request)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));

        Add("mcro build fingerprint 1");
        var core = typeof(BuildFingerprint).Assembly;
        Add(core.ManifestModule.ModuleVersionId.ToString());
        foreach (var reference in core.GetReferencedAssemblies().Select(a => a.FullName).Order(StringComparer.Ordinal))
            Add(reference);
        Add("years " + (request.Years is null ? "all" : string.Join(",", request.Years.Select(y => y.ToString(CultureInfo.InvariantCulture)))));
        Add("languages " + (request.Languages is null ? "all" : string.Join(",", request.Languages)));
        Add("base-url " + (request.BaseUrl ?? ""));
        AddFolder(hash, "data", request.DataFolder);
        AddFolder(hash, "templates", request.TemplatesFolder);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Every entry by its path; folders too, since an empty or misnamed year folder changes what a build says.</summary>
    private static void AddFolder(IncrementalHash hash, string name, string root)
    {
        hash.AppendData(Encoding.UTF8.GetBytes($"folder {name}\n"));
        if (!Directory.Exists(root)) return;
        var entries = Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
            .Select(path => (Path: path, Relative: Path.GetRelativePath(root, path).Replace('\\', '/')))
            .OrderBy(e => e.Relative, StringComparer.Ordinal);
        foreach (var (path, relative) in entries)
        {
            if (Directory.Exists(path))
            {
                hash.AppendData(Encoding.UTF8.GetBytes($"dir {relative}\n"));
                continue;
            }
            var content = File.ReadAllBytes(path);
            hash.AppendData(Encoding.UTF8.GetBytes($"file {relative} {content.Length.ToString(CultureInfo.InvariantCulture)}\n"));
            hash.AppendData(content);
        }
    }
}
