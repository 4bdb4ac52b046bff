namespace Mcro.Cli.Serve;

/// <summary>
/// One input folder, watched for good: everything below it, and its place in the folder above. A watcher follows the
/// folder it was given, not its name: once that folder is deleted, replaced (`rm -rf data &amp;&amp; cp -r backup data`)
/// or renamed, it falls silent. So the parent is watched too, and any change of the folder's entry there watches
/// whatever now has its name (or waits for it to come back) and rebuilds.
/// </summary>
public sealed class FolderWatch : IDisposable
{
    private static readonly StringComparison NameComparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    private readonly object _gate = new();
    private readonly string _path;
    private readonly string _display;
    private readonly Action _changed;
    private readonly TextWriter _log;
    private FileSystemWatcher? _content;
    private FileSystemWatcher? _place;
    private bool _present;
    private bool _disposed;

    /// <param name="log">Where the folder going, coming back or being replaced is said, and a folder that cannot be watched.</param>
    public FolderWatch(string path, string display, Action changed, TextWriter log)
    {
        _path = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        _display = display;
        _changed = changed;
        _log = log;
        lock (_gate)
        {
            Arm();
            _present = Directory.Exists(_path);
        }
    }

    /// <summary>
    /// The folder's entry changed (<paramref name="moved"/>), or a watcher gave up: watch again from scratch, say what
    /// happened, rebuild.
    /// </summary>
    private void Rearm(bool moved)
    {
        lock (_gate)
        {
            if (_disposed) return;
            Arm();
            var present = Directory.Exists(_path);
            var news = (_present, present) switch
            {
                (true, false) => $"{_display}/ is gone (deleted or renamed): every page says so until it is back; watching for it",
                (false, true) => $"{_display}/ is back: watching it again and rebuilding",
                (true, true) when moved => $"{_display}/ was replaced: watching the new one and rebuilding",
                _ => null,
            };
            if (news is not null) _log.WriteLine(news);
            _present = present;
            if (!present && news is null) return;
        }
        _changed();
    }

    private void Arm()
    {
        _content?.Dispose();
        _place?.Dispose();
        _content = null;
        _place = null;
        // The nearest folder above that exists: when the folder's parent goes too, its grandparent says when it is back.
        while (true)
        {
            var above = ExistingAbove();
            if (above is null) break;
            _place = Watch(above, recursive: false);
            // Created between looking and watching: look again from the new place.
            if (ExistingAbove() == above) break;
        }
        if (Directory.Exists(_path)) _content = Watch(_path, recursive: true);
    }

    private string? ExistingAbove()
    {
        var above = Path.GetDirectoryName(_path);
        while (above is not null && !Directory.Exists(above)) above = Path.GetDirectoryName(above);
        return above;
    }

    private FileSystemWatcher? Watch(string folder, bool recursive)
    {
        FileSystemWatcher? watcher = null;
        try
        {
            watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = recursive,
                NotifyFilter = recursive
                    ? NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime
                    : NotifyFilters.FileName | NotifyFilters.DirectoryName,
            };
            if (recursive)
            {
                watcher.Changed += (_, _) => _changed();
                watcher.Created += (_, _) => _changed();
                watcher.Deleted += (_, _) => _changed();
                watcher.Renamed += (_, _) => _changed();
            }
            else
            {
                var entry = Path.GetRelativePath(folder, _path).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)[0];
                watcher.Created += (_, e) => RearmIf(e.Name, entry);
                watcher.Deleted += (_, e) => RearmIf(e.Name, entry);
                watcher.Renamed += (_, e) =>
                {
                    if (string.Equals(e.Name, entry, NameComparison) || string.Equals(e.OldName, entry, NameComparison)) Later(() => Rearm(moved: true));
                };
            }
            // Too many changes at once (a git checkout) or a watcher that gave up: watching again and a rebuild cover them all.
            watcher.Error += (_, _) => Later(() => Rearm(moved: false));
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            watcher?.Dispose();
            // Gone between looking and watching: the watch on the folder above says when it is back.
            if (!Directory.Exists(folder)) return null;
            // Linux: the limit on inotify instances or watches is reached (fs.inotify.max_user_instances, max_user_watches).
            _log.WriteLine($"cannot watch {(folder == _path ? _display : folder)} ({e.Message}); saves there do not rebuild: raise fs.inotify.max_user_watches, or restart serve after a change");
            return null;
        }
    }

    private void RearmIf(string? name, string entry)
    {
        if (string.Equals(name, entry, NameComparison)) Later(() => Rearm(moved: true));
    }

    /// <summary>Off the watcher's own thread: re-arming disposes the watcher that raised the event.</summary>
    private static void Later(Action action) => ThreadPool.QueueUserWorkItem(_ => action());

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _content?.Dispose();
            _place?.Dispose();
        }
    }
}
