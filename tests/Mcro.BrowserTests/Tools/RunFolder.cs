namespace Mcro.BrowserTests.Tools;

/// <summary>
/// One temporary folder per test run for every site it builds or copies and for Chromium's profile.
/// The test host is ended without a chance to clean up, so each run removes what earlier runs left
/// (hours old: never the folder of a run going on now).
/// </summary>
public static class RunFolder
{
    private const string Prefix = "mcro-browser-checks-";

    private static readonly Lazy<string> Folder = new(() =>
    {
        foreach (var stale in new DirectoryInfo(System.IO.Path.GetTempPath()).EnumerateDirectories(Prefix + "*")
                     .Where(d => d.CreationTimeUtc < DateTime.UtcNow.AddHours(-2)))
        {
            try { stale.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
        return Directory.CreateTempSubdirectory(Prefix).FullName;
    });

    /// <summary>A new, empty folder inside this run's folder.</summary>
    public static string NewFolder(string name) =>
        Directory.CreateDirectory(System.IO.Path.Combine(Folder.Value, $"{name}-{Guid.NewGuid():N}"[..(name.Length + 9)])).FullName;
}
