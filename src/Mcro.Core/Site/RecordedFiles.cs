using System.Security.Cryptography;

namespace Mcro.Site;

/// <summary>
/// The files earlier builds recorded in the manifest, and whether each is still exactly as it was written (a file
/// the user has since edited is the user's). A path may be recorded with two versions while a commit is under way.
/// </summary>
internal sealed class RecordedFiles(string output, BuildManifest previous)
{
    private readonly ILookup<string, string> _hashes = previous.Files.ToLookup(f => f.Path, f => f.Sha256, StringComparer.Ordinal);

    public bool Contains(string path) => _hashes.Contains(path);

    /// <summary>Recorded, a plain file inside the site (no link on the way), with the bytes of one recorded version.</summary>
    public bool IsAsWritten(string path)
    {
        if (!_hashes.Contains(path) || OutputFiles.Resolve(output, path) is not { } live || !File.Exists(live)) return false;
        using var stream = Mcro.Loading.InputFile.OpenRegular(live);
        if (stream is null) return false;
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        return _hashes[path].Contains(hash, StringComparer.Ordinal);
    }
}
