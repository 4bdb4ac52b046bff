using System.Collections.Concurrent;

namespace Mcro.Site;

/// <summary>A site held in memory: for tests, benchmarks and the preview server; nothing touches the disk.</summary>
public sealed class MemorySink : ISiteSink
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public void Write(string path, byte[] content)
    {
        if (!SiteLayout.IsSitePath(path)) throw new InvalidOperationException($"'{path}' is not a path inside the site");
        if (!_files.TryAdd(path, content)) throw new InvalidOperationException($"{path} was produced twice");
    }

    public byte[]? Read(string path) => _files.TryGetValue(path, out var content) ? content : null;

    /// <summary>Every file, in path order.</summary>
    public IReadOnlyList<SiteFile> Files => _files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new SiteFile(f.Key, f.Value)).ToList();

    public SiteFile? Find(string path) => _files.TryGetValue(path, out var content) ? new SiteFile(path, content) : null;

    public string ReadText(string path) => Find(path)?.ReadText() ?? throw new KeyNotFoundException($"{path} was not produced");
}
