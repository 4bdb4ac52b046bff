namespace Mcro.Site;

/// <summary>
/// The one place that writes the site to disk. A folder (an edition, the assets) whose files are all
/// unchanged is not touched; a changed one is written whole to a staging folder beside it and then swapped
/// in, so a reader never sees half an edition. Root files are replaced one by one through a rename.
/// </summary>
public static class SiteWriter
{
    /// <summary>Staging area inside the output folder (same disk, so the swap is a rename); removed after every build.</summary>
    public const string StagingFolder = ".mcro-staging";

    public static WriteReport Write(SiteOutput site, string outputFolder)
    {
        Directory.CreateDirectory(outputFolder);
        var staging = Path.Combine(outputFolder, StagingFolder);
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        int written = 0, unchanged = 0;
        try
        {
            foreach (var folder in site.Folders)
            {
                var target = Path.Combine(outputFolder, folder.Path);
                if (FolderMatches(outputFolder, folder))
                {
                    unchanged += folder.Files.Count;
                    continue;
                }
                var staged = Path.Combine(staging, "new", folder.Path);
                foreach (var file in folder.Files) WriteFile(Path.Combine(staging, "new", file.Path), file.Content);
                Swap(staged, target, Path.Combine(staging, "old", folder.Path));
                written += folder.Files.Count;
            }
            foreach (var file in site.Files)
            {
                var target = Path.Combine(outputFolder, file.Path);
                if (FileMatches(target, file.Content)) { unchanged++; continue; }
                var temporary = Path.Combine(staging, "files", file.Path);
                WriteFile(temporary, file.Content);
                File.Move(temporary, target, overwrite: true);
                written++;
            }
            foreach (var obsolete in site.Obsolete.Select(p => Path.Combine(outputFolder, p)).Where(File.Exists))
                File.Delete(obsolete);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
        return new WriteReport(written, unchanged);
    }

    private static void Swap(string staged, string target, string old)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (Directory.Exists(target))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(old)!);
            Directory.Move(target, old);
        }
        Directory.Move(staged, target);
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
