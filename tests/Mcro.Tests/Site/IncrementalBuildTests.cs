using Mcro.Build;
using Mcro.Site;

namespace Mcro.Tests.Site;

/// <summary>
/// A change to one year's data rebuilds that year alone; after each of a series of edits, the site built so is the
/// site a full build into an empty folder makes, file for file and byte for byte.
/// </summary>
public sealed class IncrementalBuildTests : TempFolderTest
{
    public IncrementalBuildTests() : base("mcro-incremental-") => FolderCopy.Copy(SiteFixture.DataFolder, Data);

    private string Data => Work.PathOf("data");

    private BuildOutcome.Built Build(string output)
    {
        var outcome = BuildPipeline.Run(new BuildRequest(Data, "data", SiteFixture.TemplatesFolder, "templates", output, "out", null, null, null));
        Assert.True(outcome is BuildOutcome.Built, string.Join("\n", (outcome as BuildOutcome.Failed)?.Problems ?? []));
        return (BuildOutcome.Built)outcome;
    }

    private void Edit(string file, Func<string, string> change) => File.WriteAllText(Path.Combine(Data, file), change(File.ReadAllText(Path.Combine(Data, file))));

    [Fact]
    public void Each_edit_rebuilt_incrementally_gives_the_bytes_of_a_full_build()
    {
        var site = Work.PathOf("site");
        Build(site);
        var offices2019 = File.ReadAllText(Path.Combine(Data, "2019", "offices.csv"));
        var edits = new (string What, Action Apply, string? OnlyYear)[]
        {
            ("a cell of 2019", () => Edit("2019/offices.csv", t => t.Replace("prizren,yes,yes", "prizren,no,yes", StringComparison.Ordinal)), "2019"),
            ("a staff row of 2018", () => File.AppendAllText(Path.Combine(Data, "2018", "staff.csv"), "prizren,staff,turkish,female\n"), "2018"),
            ("a text every page shows", () => Edit("i18n/en.yaml", t => t.Replace("Download the data", "Download the figures", StringComparison.Ordinal)), null),
            ("a year added", () => FolderCopy.Copy(Path.Combine(Data, "2019"), Path.Combine(Data, "2020")), "2020"),
            ("a year taken out", () => Directory.Delete(Path.Combine(Data, "2018"), recursive: true), "2018"),
            ("the first edit undone", () => File.WriteAllText(Path.Combine(Data, "2019", "offices.csv"), offices2019), "2019"),
        };
        for (var i = 0; i < edits.Length; i++)
        {
            var (what, apply, onlyYear) = edits[i];
            apply();
            var incremental = Build(site);
            var lastBuild = incremental.Steps.Single(s => s.Name == "last build").Detail;
            if (onlyYear is not null) Assert.True(lastBuild.StartsWith($"inputs changed in {onlyYear} only", StringComparison.Ordinal), $"{what}: {lastBuild}");
            else Assert.Equal("inputs changed", lastBuild);

            var full = Work.PathOf($"full-{i}");
            Build(full);
            Assert.Equal(SiteFiles(full), SiteFiles(site));
        }
    }

    [Fact]
    public void The_preview_in_memory_rebuilt_after_each_edit_is_the_site_a_full_build_makes()
    {
        var request = new BuildRequest(Data, "data", SiteFixture.TemplatesFolder, "templates", "", "(memory)", null, null, null);
        (MemorySink Site, BuildOutcome.Built Outcome) InMemory(PreviousSite? previous)
        {
            var sink = new MemorySink();
            var outcome = BuildPipeline.RunInMemory(request, sink, previous: previous);
            Assert.True(outcome is BuildOutcome.Built, string.Join("\n", (outcome as BuildOutcome.Failed)?.Problems ?? []));
            return (sink, (BuildOutcome.Built)outcome);
        }
        var (site, built) = InMemory(null);
        var edits = new Action[]
        {
            () => Edit("2019/offices.csv", t => t.Replace("prizren,yes,yes", "prizren,no,yes", StringComparison.Ordinal)),
            () => File.AppendAllText(Path.Combine(Data, "2018", "staff.csv"), "prizren,staff,turkish,female\n"),
            () => FolderCopy.Copy(Path.Combine(Data, "2019"), Path.Combine(Data, "2020")),
            () => Edit("i18n/sq.yaml", t => t.Replace("Shkarko", "Shkarkoni", StringComparison.Ordinal)),
            () => Directory.Delete(Path.Combine(Data, "2018"), recursive: true),
        };
        for (var i = 0; i < edits.Length; i++)
        {
            edits[i]();
            (site, built) = InMemory(new PreviousSite(site.Files, built.Inputs!));
            if (i == 0) Assert.StartsWith("inputs changed in 2019 only", built.Steps.Single(s => s.Name == "last build").Detail, StringComparison.Ordinal);
            var (full, _) = InMemory(null);
            Assert.Equal(full.Files.Select(f => f.Path), site.Files.Select(f => f.Path));
            Assert.All(full.Files.Zip(site.Files), p => Assert.True(p.First.Content.AsSpan().SequenceEqual(p.Second.Content), p.First.Path));
        }
    }

    [Fact]
    public void An_output_changed_by_hand_is_built_whole_whatever_changed_in_the_data()
    {
        var site = Work.PathOf("site");
        Build(site);
        File.Delete(Path.Combine(site, "2018", "sq", "index.html"));
        File.WriteAllText(Path.Combine(site, "2018", "en", "charts", "work-plans.svg"), "<svg>edited</svg>");
        Edit("2019/offices.csv", t => t.Replace("prizren,yes,yes", "prizren,no,yes", StringComparison.Ordinal));

        var rebuilt = Build(site);

        Assert.Equal("inputs changed", rebuilt.Steps.Single(s => s.Name == "last build").Detail);
        var full = Work.PathOf("full");
        Build(full);
        Assert.Equal(SiteFiles(full), SiteFiles(site));
    }

    [Fact]
    public void Only_the_changed_years_editions_are_written()
    {
        var site = Work.PathOf("site");
        Build(site);
        var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, stamp);
        Edit("2019/offices.csv", t => t.Replace("prizren,yes,yes", "prizren,no,yes", StringComparison.Ordinal));

        var built = Build(site);

        Assert.Equal([2019], built.Site.Years);
        Assert.All(Directory.EnumerateFiles(Path.Combine(site, "2018"), "*", SearchOption.AllDirectories), f => Assert.Equal(stamp, File.GetLastWriteTimeUtc(f)));
        Assert.NotEqual(stamp, File.GetLastWriteTimeUtc(Path.Combine(site, "2019", "en", "index.html")));
    }

    /// <summary>Every file of the site with its bytes' hash, leaving out mcro's own records (.mcro-site, .mcro-manifest).</summary>
    private static IReadOnlyDictionary<string, string> SiteFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(folder, f).Replace('\\', '/'), File: f))
            .Where(f => !f.Path.StartsWith(".mcro-", StringComparison.Ordinal))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToDictionary(f => f.Path, f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f.File))));
}
