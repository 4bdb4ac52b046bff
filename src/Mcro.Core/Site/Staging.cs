namespace Mcro.Site;

/// <summary>
/// The writer's staging folder. Each unit of the site (<see cref="SiteLayout.UnitOf"/>) is staged flat under new/
/// (its path escaped: "2019%2Fsr"), each root file under files/; where the system cannot swap folders in one step,
/// the previous version of a folder waits under old/ between the two renames, which is what <see cref="RecoverInto"/>
/// puts back after a kill.
/// </summary>
internal sealed class Staging(string root)
{
    private string New => Path.Combine(root, "new");

    private string Old => Path.Combine(root, "old");

    public string NewFolder(string unit) => Path.Combine(New, Uri.EscapeDataString(unit));

    public string NewFile(string sitePath) => Path.Combine(root, "files", Uri.EscapeDataString(sitePath));

    /// <summary>Where a file of the site is staged.</summary>
    public string PathOf(string sitePath)
    {
        var unit = SiteLayout.UnitOf(sitePath);
        return unit.Length == 0 ? NewFile(sitePath) : Path.Combine(NewFolder(unit), sitePath[(unit.Length + 1)..]);
    }

    /// <summary>Puts the staged folder in place of the live one, atomically where the system can.</summary>
    public void Commit(string unit, string target)
    {
        var staged = NewFolder(unit);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (!Directory.Exists(target))
        {
            Directory.Move(staged, target);
            return;
        }
        // After the exchange the staged path holds the previous version, removed with the staging folder.
        if (FolderExchange.TryExchange(staged, target)) return;
        var aside = Path.Combine(Old, Uri.EscapeDataString(unit));
        Directory.CreateDirectory(Old);
        Directory.Move(target, aside);
        Directory.Move(staged, target);
    }

    /// <summary>
    /// After a killed build: a folder moved aside but not yet replaced goes back where it was; everything else in
    /// staging (half-written new versions, swapped-out old ones) is dropped.
    /// </summary>
    public void RecoverInto(string outputFolder)
    {
        if (!Directory.Exists(root)) return;
        if (Directory.Exists(Old))
        {
            foreach (var aside in Directory.EnumerateDirectories(Old))
            {
                var unit = Uri.UnescapeDataString(Path.GetFileName(aside));
                // Only names this writer makes ("2019/sr", "assets"): nothing in staging may point outside the site.
                if (Path.IsPathRooted(unit) || unit.Split('/', '\\').Any(part => part is "" or "." or "..")) continue;
                var target = Path.Combine(outputFolder, unit);
                if (Directory.Exists(target)) continue;
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                Directory.Move(aside, target);
            }
        }
        Remove();
    }

    public void Remove()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }
}
