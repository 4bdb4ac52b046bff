namespace Mcro.Tests.TestSupport;

/// <summary>A fresh folder under the system's temporary folder for one test, deleted with everything in it when disposed.</summary>
public sealed class TempFolder : IDisposable
{
    /// <param name="prefix">The start of the folder's name ("mcro-build-"), so a leftover says which tests left it.</param>
    public TempFolder(string prefix = "mcro-tests-") => Path = Directory.CreateTempSubdirectory(prefix).FullName;

    public string Path { get; }

    public string PathOf(string relative) => System.IO.Path.Combine(Path, relative);

    /// <summary>Creates the folder <paramref name="relative"/> holding each of <paramref name="files"/> (paths below it), each with a line of text.</summary>
    public string Folder(string relative, params string[] files)
    {
        var folder = Directory.CreateDirectory(PathOf(relative)).FullName;
        foreach (var file in files)
        {
            var path = System.IO.Path.Combine(folder, file);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "someone's " + file);
        }
        return folder;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
