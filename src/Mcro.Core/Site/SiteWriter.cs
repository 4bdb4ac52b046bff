namespace Mcro.Site;

/// <summary>
/// The one place that writes the site to disk, under the output folder's <see cref="SiteLock"/>. A folder (an
/// edition, the assets) whose files are all unchanged is not touched. Everything that changed is first written
/// whole to a staging folder beside the site; only then is it committed, one atomic step per folder and per root
/// file, so a build killed at any moment leaves every edition and root file either as it was or as it is now —
/// never missing, never half-written. The next build finishes or undoes what a killed one left in staging.
/// </summary>
public static class SiteWriter
{
    /// <summary>Staging area inside the output folder (same disk, so committing is a rename); removed after every build.</summary>
    public const string StagingFolder = ".mcro-staging";

    /// <summary>How long a build waits for another one writing into the same folder before it refuses.</summary>
    public static readonly TimeSpan DefaultLockWait = TimeSpan.FromSeconds(30);

    /// <param name="manifest">What this build wrote, recorded when all of it is in place (see <see cref="BuildManifest"/>).</param>
    public static WriteReport Write(SiteOutput site, string outputFolder, BuildManifest? manifest = null) =>
        Write(site, outputFolder, DefaultLockWait, manifest);

    public static WriteReport Write(SiteOutput site, string outputFolder, TimeSpan lockWait, BuildManifest? manifest = null)
    {
        using var siteLock = SiteLock.Acquire(outputFolder, lockWait);
        // Under the lock, like the site itself: two builds at once never leave one's manifest over the other's files.
        BuildManifest.Remove(outputFolder);
        var staging = new Staging(Path.Combine(outputFolder, StagingFolder));
        staging.RecoverInto(outputFolder);

        int written = 0, unchanged = 0;
        var folders = new List<SiteFolder>();
        foreach (var folder in site.Folders)
        {
            if (FolderMatches(outputFolder, folder)) unchanged += folder.Files.Count;
            else { folders.Add(folder); written += folder.Files.Count; }
        }
        var files = new List<SiteFile>();
        foreach (var file in site.Files)
        {
            if (FileMatches(Path.Combine(outputFolder, file.Path), file.Content)) unchanged++;
            else { files.Add(file); written++; }
        }

        try
        {
            // 1. Stage: the live site is not touched yet; a kill here leaves only staging to clean up.
            foreach (var folder in folders)
                foreach (var file in folder.Files)
                    WriteFile(Path.Combine(staging.NewFolder(folder.Path), Path.GetRelativePath(folder.Path, file.Path)), file.Content);
            foreach (var file in files) WriteFile(staging.NewFile(file.Path), file.Content);

            // 2. Commit, in the order that keeps every link working at every moment: folders new to the site first
            // (nothing links to them yet), then the changed ones, the root files (the landing page links to every edition)
            // last.
            foreach (var folder in folders.OrderBy(f => Directory.Exists(Path.Combine(outputFolder, f.Path)) ? 1 : 0))
                staging.Commit(folder.Path, Path.Combine(outputFolder, folder.Path));
            foreach (var file in files)
                File.Move(staging.NewFile(file.Path), Path.Combine(outputFolder, file.Path), overwrite: true);
            foreach (var obsolete in site.Obsolete.Select(p => Path.Combine(outputFolder, p)).Where(File.Exists))
                File.Delete(obsolete);
            // Last, when the landing page no longer links to them; a kill half-way leaves an unlinked rest the next build removes.
            RemoveStaleEditions(site, outputFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The disk said no half-way (full, permissions): put back what was moved aside, drop the rest, report.
            try { staging.RecoverInto(outputFolder); }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException) { /* the next build recovers */ }
            throw;
        }

        staging.Remove();
        manifest?.Write(outputFolder);
        return new WriteReport(written, unchanged);
    }

    private static void RemoveStaleEditions(SiteOutput site, string outputFolder)
    {
        if (site.DatasetEditions is not { } kept) return;
        foreach (var year in Directory.EnumerateDirectories(outputFolder).Where(y => SitePaths.IsYearFolder(Path.GetFileName(y))).ToList())
        {
            foreach (var edition in Directory.EnumerateDirectories(year).ToList())
                if (!kept.Contains(Path.GetFileName(year) + "/" + Path.GetFileName(edition)))
                    Directory.Delete(edition, recursive: true);
            if (!Directory.EnumerateFileSystemEntries(year).Any()) Directory.Delete(year);
        }
    }

    private static void WriteFile(string path, byte[] content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    /// <summary>The folder holds exactly these files with exactly these bytes (nothing more, nothing less).</summary>
    private static bool FolderMatches(string outputFolder, SiteFolder folder)
    {
        var target = Path.Combine(outputFolder, folder.Path);
        if (!Directory.Exists(target)) return false;
        if (Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories).Count() != folder.Files.Count) return false;
        return folder.Files.All(f => FileMatches(Path.Combine(outputFolder, f.Path), f.Content));
    }

    private static bool FileMatches(string path, byte[] content)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != content.Length) return false;
        return File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
    }
}
