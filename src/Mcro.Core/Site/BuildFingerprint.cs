using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Mcro.Loading;

namespace Mcro.Site;

/// <summary>
/// One hash of everything a build's output depends on: every file and folder name under the data and templates
/// folders, what was asked (years, editions, base URL) and the tool itself (Mcro.Core's module id, which a
/// deterministic build changes with every change of code, and the versions of the libraries it draws with).
/// Output never depends on the machine, the culture or the time, so equal fingerprints mean equal output.
/// </summary>
public static class BuildFingerprint
{
    /// <summary>The fingerprint, or null when an input cannot be hashed within the loaders' size limit.</summary>
    public static string? Of(BuildRequest request)
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
        if (!AddFolder(hash, "data", request.DataFolder) || !AddFolder(hash, "templates", request.TemplatesFolder)) return null;
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Every entry by its path; folders too, since an empty or misnamed year folder changes what a build says.</summary>
    /// <returns>false for a file past the loaders' limit (a link to /dev/zero, a file still growing) or not a plain file (a named pipe): the build itself then says why.</returns>
    private static bool AddFolder(IncrementalHash hash, string name, string root)
    {
        hash.AppendData(Encoding.UTF8.GetBytes($"folder {name}\n"));
        if (!Directory.Exists(root)) return true;
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
            // The loaders' own bounded reader: a link to /dev/zero or a named pipe is refused here as it is there.
            if (TextFileDecoder.ReadBytes(path, relative, new Mcro.Diagnostics.DiagnosticBag()) is not { } content) return false;
            hash.AppendData(Encoding.UTF8.GetBytes($"file {relative} {content.Length.ToString(CultureInfo.InvariantCulture)}\n"));
            hash.AppendData(content);
        }
        return true;
    }
}
