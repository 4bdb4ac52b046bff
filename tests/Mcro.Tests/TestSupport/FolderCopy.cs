namespace Mcro.Tests.TestSupport;

/// <summary>Copies a folder with all its files and folders (empty ones too).</summary>
public static class FolderCopy
{
    /// <param name="overwrite">Replace files <paramref name="to"/> already has (to lay one folder over another); otherwise an existing file is an error.</param>
    public static void Copy(string from, string to, bool overwrite = false)
    {
        Directory.CreateDirectory(to);
        foreach (var folder in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, folder)));
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)), overwrite);
    }
}
