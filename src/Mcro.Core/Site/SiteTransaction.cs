namespace Mcro.Site;

/// <summary>
/// One build's hold on the output folder, from its lock to its commit. Disposing it without a commit drops what was
/// staged and leaves the site as it was (a folder this build created only for itself is removed again).
/// </summary>
public sealed class SiteTransaction : IDisposable
{
    private readonly string _output;
    private readonly SiteLock _lock;
    private readonly Staging _staging;
    private readonly StagingSink _sink;
    private readonly bool _createdFolder;
    private readonly bool _createdMarker;
    private bool _committed;

    private SiteTransaction(string output, SiteLock siteLock, bool createdFolder, bool createdMarker)
    {
        _output = output;
        _lock = siteLock;
        _createdFolder = createdFolder;
        _createdMarker = createdMarker;
        _staging = new Staging(Path.Combine(output, SiteLayout.Staging));
        _sink = new StagingSink(_staging);
        Previous = BuildManifest.Read(output);
    }

    internal static SiteTransaction Begin(string outputFolder, TimeSpan lockWait)
    {
        var createdFolder = !Directory.Exists(outputFolder);
        var createdMarker = !SiteMarker.IsIn(outputFolder);
        var siteLock = SiteLock.Acquire(outputFolder, lockWait);
        try
        {
            // What a killed build left is put right before anything is planned from the folder.
            new Staging(Path.Combine(outputFolder, SiteLayout.Staging)).RecoverInto(outputFolder);
            PauseForTests.At("locked");
            return new SiteTransaction(outputFolder, siteLock, createdFolder, createdMarker);
        }
        catch
        {
            siteLock.Dispose();
            throw;
        }
    }

    /// <summary>Where producers write; nothing reaches the site before <see cref="Commit"/>.</summary>
    public ISiteSink Sink => _sink;

    /// <summary>What the last build recorded, read under the lock: what this build may keep, replace and remove.</summary>
    public BuildManifest Previous { get; }

    /// <summary>Called before each unit or root file is put in place (tests make a write fail half-way with it).</summary>
    internal Action<string>? BeforeCommit { get; set; }

    /// <exception cref="SiteWriteException">A link in the way, or the disk refused half-way; it says which units were replaced.</exception>
    public WriteReport Commit(CommitRequest request)
    {
        var plan = CommitPlan.Make(_output, Previous, _sink.Entries, request.KeepUnit);
        var committed = new List<string>();
        try
        {
            PauseForTests.At("staged");
            plan.CarryForeignFiles(_staging);
            // While units are swapped the manifest claims the files of both builds: a kill now still knows what is mcro's.
            new BuildManifest(null, [], [], 0, 0, plan.Claimed).Write(_output);
            PauseForTests.At("claimed");
            // New units before changed ones (nothing links to them yet), root files (the landing page links to every
            // edition) after them, removals last, when nothing links there any more.
            foreach (var unit in plan.ChangedUnits.OrderBy(u => Directory.Exists(Path.Combine(_output, u)) ? 1 : 0))
            {
                BeforeCommit?.Invoke(unit);
                PauseForTests.At("commit " + unit);
                _staging.Commit(unit, Path.Combine(_output, unit));
                committed.Add(unit);
            }
            foreach (var file in plan.ChangedRootFiles)
            {
                BeforeCommit?.Invoke(file);
                PauseForTests.At("commit " + file);
                File.Move(_staging.NewFile(file), Path.Combine(_output, file), overwrite: true);
                committed.Add(file);
            }
            PauseForTests.At("stale");
            plan.RemoveStale();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { _staging.RecoverInto(_output); }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException) { /* the next build recovers */ }
            var notReplaced = plan.ChangedUnits.Concat(plan.ChangedRootFiles).Except(committed).ToList();
            throw new SiteWriteException(Describe(e, committed, notReplaced), committed, notReplaced, e);
        }
        try { _staging.Remove(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* every unit is in place; the next build removes the rest */ }
        PauseForTests.At("recorded");
        new BuildManifest(request.Fingerprint, request.BuildYears, request.BuildEditions, request.Pages, request.Charts, plan.Owned)
        {
            Shared = request.Fingerprint is null ? null : request.Shared,
            Years = request.Fingerprint is null ? new Dictionary<int, string>() : request.Years,
        }.Write(_output);
        _committed = true;
        return new WriteReport(plan.Written, plan.Unchanged);
    }

    private static string Describe(Exception e, IReadOnlyList<string> replaced, IReadOnlyList<string> notReplaced) =>
        e is SiteWriteException ? e.Message :
        $"cannot write the site: {e.Message}; " +
        (replaced.Count == 0 ? "nothing was replaced" : "replaced with the new build: " + string.Join(", ", replaced)) +
        (notReplaced.Count == 0 ? "" : "; left as they were: " + string.Join(", ", notReplaced));

    public void Dispose()
    {
        try
        {
            if (!_committed)
            {
                _staging.Remove();
                if (_createdMarker) RemoveCreatedMarker();
            }
        }
        finally
        {
            _lock.Dispose();
        }
    }

    /// <summary>
    /// A build that failed into a folder that was not yet a site leaves it as it was: no marker (which would let a
    /// later build adopt whatever is put there), and no folder if it made the folder.
    /// </summary>
    private void RemoveCreatedMarker()
    {
        if (Previous.Files.Count > 0 || File.Exists(Path.Combine(_output, SiteLayout.Manifest))) return;
        _lock.Dispose();
        File.Delete(Path.Combine(_output, SiteLayout.Marker));
        if (_createdFolder && !Directory.EnumerateFileSystemEntries(_output).Any()) Directory.Delete(_output);
    }
}
