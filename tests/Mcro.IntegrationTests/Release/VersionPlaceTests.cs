using System.Text.RegularExpressions;

namespace Mcro.Tests.Release;

/// <summary>
/// version.txt is the one place of mcro's version: the package, the release tag check, the action's default and the
/// scripts that install the tool all read it, so raising it is a one-line change no other file has to follow.
/// </summary>
public sealed class VersionPlaceTests
{
    /// <summary>Files that may state a version as an example for people (docs) or a record of what was resolved (lock files).</summary>
    private static readonly string[] Skipped = ["bin", "obj", "node_modules", ".git", "artifacts", "output", ".tools", "TestResults", "corpus", "Fixtures", "data"];

    [Fact]
    public void No_file_that_builds_packs_or_installs_mcro_states_its_version_again()
    {
        var version = new Regex($@"(?<![\d.]){Regex.Escape(ReleaseVersion.Current)}(?![\d])");
        var files = Files(RepositoryRoot.Path)
            .Where(f => Path.GetExtension(f) is ".cs" or ".csproj" or ".props" or ".targets" or ".sh" or ".ps1" or ".yml" or ".yaml" or ".mjs" || Path.GetFileName(f) == "run")
            .Where(f => !f.EndsWith("packages.lock.json", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(files, f => f.EndsWith(Path.Combine("src", "Mcro.Cli", "Mcro.Cli.csproj"), StringComparison.Ordinal));

        var stating = files.Where(f => version.IsMatch(File.ReadAllText(f))).Select(f => Path.GetRelativePath(RepositoryRoot.Path, f)).ToList();

        Assert.Empty(stating);
    }

    [Fact]
    public void Version_txt_holds_one_semantic_version()
    {
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\n?$", File.ReadAllText(ReleaseVersion.File));
    }

    private static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(folder).Concat(Directory.EnumerateDirectories(folder)
            .Where(d => !Skipped.Contains(Path.GetFileName(d), StringComparer.Ordinal))
            .SelectMany(Files));
}
