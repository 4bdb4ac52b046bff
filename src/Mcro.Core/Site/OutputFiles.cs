using System.Security.Cryptography;

namespace Mcro.Site;

/// <summary>
/// The output folder as the writer sees it: a file is one of the site's only where its whole path stays inside the
/// folder. A symbolic link anywhere on the way (output/2017 → somewhere else) is never followed, read through or deleted through.
/// </summary>
internal static class OutputFiles
{
    /// <summary>The path on disk, or null when a folder on the way, or the file itself, is a symbolic link.</summary>
    public static string? Resolve(string outputFolder, string sitePath) =>
        LinkOnTheWay(outputFolder, sitePath) is null ? Path.Combine(outputFolder, sitePath) : null;

    /// <summary>The first symbolic link on the way to <paramref name="sitePath"/>, as a site path; null when there is none.</summary>
    public static string? LinkOnTheWay(string outputFolder, string sitePath)
    {
        var current = outputFolder;
        var parts = sitePath.Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            current = Path.Combine(current, parts[i]);
            if (new FileInfo(current).LinkTarget is not null) return string.Join('/', parts[..(i + 1)]);
            if (!File.Exists(current) && !Directory.Exists(current)) return null;
        }
        return null;
    }

    public static bool Matches(string outputFolder, BuildManifest.Entry entry)
    {
        if (Resolve(outputFolder, entry.Path) is not { } path) return false;
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != entry.Length) return false;
        return Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))) == entry.Sha256;
    }
}
