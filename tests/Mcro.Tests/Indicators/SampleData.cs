using Mcro.Model;
using Mcro.Validation;

namespace Mcro.Tests.Indicators;

/// <summary>The repository's illustrative data/ folder, found from the test's output folder.</summary>
internal static class SampleData
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "data");

    private static readonly Lazy<Dataset> Loaded = new(() =>
    {
        var result = DatasetValidator.LoadAndValidate(Folder, "data");
        Assert.True(result.Succeeded, "the sample data must be valid: " + string.Join("\n", result.Diagnostics));
        return result.Dataset!;
    });

    public static Dataset Dataset => Loaded.Value;

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "mcro.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no mcro.sln above {AppContext.BaseDirectory}");
    }

    /// <summary>A private copy of data/ that a test may break; deleted when disposed.</summary>
    public sealed class Copy : IDisposable
    {
        public string Folder { get; } = Path.Combine(Path.GetTempPath(), "mcro-indicators-" + Guid.NewGuid().ToString("N"));

        public Copy()
        {
            foreach (var file in Directory.EnumerateFiles(SampleData.Folder, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(Folder, Path.GetRelativePath(SampleData.Folder, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        public void Replace(string relative, string oldText, string newText)
        {
            var path = Path.Combine(Folder, relative);
            var text = File.ReadAllText(path);
            Assert.Contains(oldText, text);
            File.WriteAllText(path, text.Replace(oldText, newText, StringComparison.Ordinal));
        }

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }
}
