namespace Mcro.Tests.TestSupport;

/// <summary>The repository checkout the tests run from: the folder holding mcro.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>The repository's illustrative dataset, data/.</summary>
    public static string Data => System.IO.Path.Combine(Path, "data");

    public static string Templates => System.IO.Path.Combine(Path, "templates");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "mcro.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"no mcro.sln above {AppContext.BaseDirectory}; run the tests from a checkout");
    }
}
