using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Mcro.Loading;

/// <summary>
/// The bytes a build actually read, file by file (as SHA-256): the fingerprint recorded after a build is taken from
/// these, never from the disk again, so an input edited while the build ran is never recorded as built.
/// </summary>
public sealed class InputLog
{
    private readonly ConcurrentDictionary<string, string> _read = new(StringComparer.Ordinal);

    public void Record(string path, byte[] content) => _read[Path.GetFullPath(path)] = Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The hash of what was read from this file, or null when the build did not read it.</summary>
    public string? HashOf(string path) => _read.TryGetValue(Path.GetFullPath(path), out var hash) ? hash : null;
}
