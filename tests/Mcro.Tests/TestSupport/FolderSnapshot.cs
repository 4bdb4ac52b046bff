namespace Mcro.Tests.TestSupport;

/// <summary>Every file and folder under a folder with its bytes and write time: equal snapshots mean nothing was written.</summary>
public static class FolderSnapshot
{
    public static IReadOnlyDictionary<string, string> Of(string folder)
    {
        if (!Directory.Exists(folder)) return new Dictionary<string, string> { ["(no folder)"] = File.Exists(folder) ? "a file: " + File.ReadAllText(folder) : "" };
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var dir in Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories))
            entries[Path.GetRelativePath(folder, dir) + "/"] = "";
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            entries[Path.GetRelativePath(folder, file)] = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)))
                + " " + File.GetLastWriteTimeUtc(file).Ticks;
        return entries;
    }
}
