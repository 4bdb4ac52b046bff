using System.Collections.Concurrent;

namespace Mcro.Site;

/// <summary>
/// The sink of a build that writes to disk: every file goes straight into the staging folder as it is produced, so
/// memory holds one page at a time, not the site. What was staged, with each file's hash, is what the writer commits.
/// </summary>
internal sealed class StagingSink(Staging staging) : ISiteSink
{
    private readonly ConcurrentDictionary<string, BuildManifest.Entry> _entries = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, BuildManifest.Entry> Entries => _entries;

    public byte[]? Read(string path) => _entries.ContainsKey(path) ? File.ReadAllBytes(staging.PathOf(path)) : null;

    public void Write(string path, byte[] content)
    {
        if (!SiteLayout.IsSitePath(path)) throw new InvalidOperationException($"'{path}' is not a path inside the site");
        if (!_entries.TryAdd(path, BuildManifest.Entry.Of(path, content))) throw new InvalidOperationException($"{path} was produced twice");
        var target = staging.PathOf(path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllBytes(target, content);
    }
}
