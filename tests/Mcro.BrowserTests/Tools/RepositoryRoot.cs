namespace Mcro.BrowserTests.Tools;

/// <summary>The repository checkout the tests run from: the folder holding mcro.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "mcro.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"no mcro.sln above {AppContext.BaseDirectory}; run the tests from a checkout");
    }
}
