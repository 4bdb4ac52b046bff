namespace Mcro.Cli.Serve;

/// <summary>Watches the data and templates folders (and everything below them) and says when anything in them changed.</summary>
public sealed class InputWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];

    /// <param name="log">Where a folder that cannot be watched is said (the preview then serves without rebuilding on a save).</param>
    public InputWatcher(IEnumerable<string> folders, Action changed, TextWriter log)
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
            try
            {
                watcher.EnableRaisingEvents = true;
                _watchers.Add(watcher);
            }
            catch (IOException e)
            {
                // Linux: the limit on inotify instances or watches is reached (fs.inotify.max_user_instances, max_user_watches).
                watcher.Dispose();
                log.WriteLine($"cannot watch {folder} ({e.Message}); saves there do not rebuild: raise fs.inotify.max_user_watches, or restart serve after a change");
            }
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
    }
}
