namespace Mcro.Cli.Serve;

/// <summary>Watches the data and templates folders (and everything below them) and says when anything in them changed.</summary>
public sealed class InputWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];

    public InputWatcher(IEnumerable<string> folders, Action changed)
    {
        foreach (var folder in folders.Where(Directory.Exists).Distinct())
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            };
            watcher.Changed += (_, _) => changed();
            watcher.Created += (_, _) => changed();
            watcher.Deleted += (_, _) => changed();
            watcher.Renamed += (_, _) => changed();
            // Too many changes at once (a git checkout): a rebuild covers them all.
            watcher.Error += (_, _) => changed();
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
    }
}
