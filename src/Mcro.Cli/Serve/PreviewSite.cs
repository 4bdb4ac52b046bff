using Mcro.Diagnostics;
using Mcro.Site;

namespace Mcro.Cli.Serve;

/// <summary>
/// What the preview serves: the last site that built, and the problems of the last build if it failed. A new site
/// replaces the old one whole, only once it is complete; every change bumps the version the open pages wait on.
/// </summary>
public sealed class PreviewSite
{
    private readonly object _gate = new();
    private IReadOnlyDictionary<string, byte[]> _files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
    private IReadOnlyList<Diagnostic> _problems = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long Version { get; private set; }

    public IReadOnlyList<Diagnostic> Problems
    {
        get { lock (_gate) return _problems; }
    }

    public byte[]? Find(string path)
    {
        lock (_gate) return _files.TryGetValue(path, out var content) ? content : null;
    }

    /// <summary>A build succeeded: its site is served from now on, and the problems are gone.</summary>
    public void Publish(MemorySink site) => Change(site.Files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal), []);

    /// <summary>A build failed: the last good site stays, with these problems shown on every page.</summary>
    public void Fail(IReadOnlyList<Diagnostic> problems) => Change(null, problems);

    /// <summary>Completes when the site or its problems change after <paramref name="version"/>.</summary>
    public Task ChangedAfter(long version)
    {
        lock (_gate) return Version > version ? Task.CompletedTask : _changed.Task;
    }

    private void Change(IReadOnlyDictionary<string, byte[]>? files, IReadOnlyList<Diagnostic> problems)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            if (files is not null) _files = files;
            _problems = problems;
            Version++;
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.SetResult();
    }
}
