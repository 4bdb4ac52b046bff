using Mcro.Site;
using Mcro.Tests.Site;
using Xunit.Abstractions;

namespace Mcro.Tests.Robustness;

/// <summary>
/// The real command line, killed with SIGKILL at each named moment of writing the site (the test-only hook
/// MCRO_TEST_PAUSE_AT, Mcro.Site.PauseForTests: before each edition, folder and root file is put in place, and around
/// them): every edition and every root file is afterwards either the previous build's or the new one's, whole; and
/// the next build finishes the job. Two editions of one year keep each run short.
/// </summary>
public sealed class KilledBuildTests(ITestOutputHelper log) : TempFolderTest("mcro-kill-")
{
    private static readonly string[] Options = ["--year", "2019", "--lang", "sr,en"];

    [Fact]
    public void A_build_killed_at_any_moment_leaves_the_site_whole_and_the_next_build_completes_it()
    {
        // The new data changes the site's title in every language, so every page of every edition changes.
        var newData = Work.PathOf("data-new");
        FolderCopy.Copy(SiteFixture.DataFolder, newData);
        var config = Path.Combine(newData, "config.yaml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("(ZKKK)", "(ZKKK) 2").Replace("(OKZP)", "(OKZP) 2").Replace("(MOCR)", "(MOCR) 2"));

        var previous = Work.PathOf("previous");
        var expected = Work.PathOf("expected");
        Assert.Equal(0, InProcessBuild(SiteFixture.DataFolder, previous).ExitCode);
        Assert.Equal(0, InProcessBuild(newData, expected).ExitCode);
        var before = Units(previous);
        var after = Units(expected);
        var changed = before.Keys.Where(unit => before[unit] != after[unit]).ToList();
        Assert.All(before.Keys.Where(unit => unit != SiteLayout.AssetsFolder), unit => Assert.Contains(unit, changed));

        // Every moment the writer names, each changed unit's among them (the writer's units: SiteLayout.UnitOf, a root
        // file on its own): before them the site is all old, after them all new.
        var writerUnits = changed.SelectMany(unit => FilesOf(after[unit])).Select(WriterUnit).Distinct().Order(StringComparer.Ordinal);
        string[] moments = ["locked", "staged", "claimed", .. writerUnits.Select(unit => "commit " + unit), "stale", "recorded"];
        var outcomes = new List<string>();
        for (var i = 0; i < moments.Length; i++)
        {
            var moment = moments[i];
            var site = Work.PathOf($"site-{i}");
            FolderCopy.Copy(previous, site);
            using (var cli = CliProcess.StartPausingAt(moment, newData, site, Options))
            {
                Assert.True(cli.WaitForPause(), $"the build ended without reaching the moment '{moment}'");
                cli.Process.Kill(entireProcessTree: true);
                cli.Process.WaitForExit();
            }

            var units = Units(site);
            var fresh = before.Keys.Where(unit =>
            {
                Assert.True(units.TryGetValue(unit, out var now), $"killed at {moment}: {unit} is missing");
                Assert.True(now == before[unit] || now == after[unit], $"killed at {moment}: {unit} is neither the previous nor the new version");
                return now != before[unit];
            }).ToList();
            if (moment is "locked" or "staged" or "claimed") Assert.Empty(fresh);
            if (moment is "stale" or "recorded") Assert.Equal(changed.Order(StringComparer.Ordinal), fresh.Order(StringComparer.Ordinal));
            if (moment.StartsWith("commit ", StringComparison.Ordinal))
                Assert.DoesNotContain(fresh, unit => FilesOf(after[unit]).Any(path => "commit " + WriterUnit(path) == moment));
            outcomes.Add($"{moment}: {fresh.Count} unit(s) new");

            var next = InProcessBuild(newData, site);
            Assert.Equal(0, next.ExitCode);
            Assert.Equal(after, Units(site));
            Assert.False(Directory.Exists(Path.Combine(site, SiteWriter.StagingFolder)));
        }
        log.WriteLine(string.Join("; ", outcomes));
    }

    private static string WriterUnit(string path) => SiteLayout.UnitOf(path) is { Length: > 0 } unit ? unit : path;

    private static IEnumerable<string> FilesOf(string unit) => unit.Split('\n').Select(line => line[..line.LastIndexOf(' ')]);

    private static CliRun InProcessBuild(string data, string output) =>
        CliRun.Build(data, SiteFixture.TemplatesFolder, output, Options);

    /// <summary>What must change in one piece: each edition folder and the assets as a whole, each root file on its own.</summary>
    private static IReadOnlyDictionary<string, string> Units(string site)
    {
        var units = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var files = FolderSnapshot.Of(site)
            .Where(f => !f.Key.EndsWith('/') && !f.Key.StartsWith(SiteWriter.StagingFolder, StringComparison.Ordinal) && f.Key != SiteMarker.FileName && f.Key != SiteLayout.Manifest)
            .ToDictionary(f => f.Key.Replace('\\', '/'), f => f.Value.Split(' ')[0]);
        foreach (var (path, hash) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var parts = path.Split('/');
            // The trends folder is one unit, as the site writer replaces it (its downloads of figures do not change with the title).
            var unit = parts.Length == 1 ? path : parts[0] is SiteLayout.AssetsFolder or SiteLayout.TrendsFolder ? parts[0] : parts[0] + "/" + parts[1];
            units[unit] = units.TryGetValue(unit, out var sofar) ? sofar + "\n" + path + " " + hash : path + " " + hash;
        }
        return units;
    }
}
