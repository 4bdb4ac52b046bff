namespace Mcro.Cli.Serve;

/// <summary>
/// Watches the data and templates folders (everything below them, and each one's place in its parent) and says when
/// anything in them changed, including the folder itself being deleted, replaced or renamed.
/// </summary>
public sealed class InputWatcher : IDisposable
{
    private readonly List<FolderWatch> _folders;

    /// <param name="folders">Each folder with its name as the command line gave it, for the console.</param>
    /// <param name="log">Where a folder going, coming back, being replaced or not being watchable is said.</param>
    public InputWatcher(IEnumerable<(string Path, string Display)> folders, Action changed, TextWriter log) =>
        _folders = [.. folders.DistinctBy(f => Path.GetFullPath(f.Path)).Select(f => new FolderWatch(f.Path, f.Display, changed, log))];

    public void Dispose()
    {
        foreach (var folder in _folders) folder.Dispose();
    }
}
