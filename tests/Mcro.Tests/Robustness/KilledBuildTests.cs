using Mcro.Site;
using Mcro.Tests.Site;
using Xunit.Abstractions;

namespace Mcro.Tests.Robustness;

/// <summary>
/// The real command line, killed with SIGKILL at varied moments of a rebuild: every edition and every root file is
/// afterwards either the previous build's or the new one's, whole; and the next build finishes the job. Two editions
/// of one year keep each run short.
/// </summary>
public sealed class KilledBuildTests(ITestOutputHelper log) : TempFolderTest("mcro-kill-")
{
    private const int Kills = 6;

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
        Assert.All(before.Keys.Where(unit => unit != SiteLayout.AssetsFolder), unit => Assert.NotEqual(before[unit], after[unit]));

        // How long the writing takes: from the progress line that ends rendering ("pages: …") to the exit.
        var timing = Work.PathOf("timing");
        FolderCopy.Copy(previous, timing);
        TimeSpan writing;
        using (var run = CliProcess.Start(newData, timing, Options))
        {
            var rendered = run.WaitForRendered();
            run.Process.WaitForExit();
            writing = rendered.Elapsed;
        }

        var outcomes = new List<string>();
        // After two kills before the writing, each kill halves the span between the latest that found the site
        // all old and the earliest that found it all new, closing in on the moments the editions are swapped in.
        var (allOld, allNew) = (TimeSpan.Zero, writing * 1.2);
        for (var i = 0; i < Kills; i++)
        {
            var site = Work.PathOf($"site-{i}");
            FolderCopy.Copy(previous, site);
            using var cli = CliProcess.Start(newData, site, Options);
            var moment = i switch { 0 => "at start", 1 => "while loading", _ => "" };
            var delay = (allOld + allNew) / 2;
            if (i == 1) Thread.Sleep(300);
            if (i >= 2)
            {
                var sinceRendered = cli.WaitForRendered();
                while (sinceRendered.Elapsed < delay) Thread.SpinWait(100);
                moment = $"{sinceRendered.Elapsed.TotalMilliseconds:F0} ms into writing";
            }
            var finished = cli.Process.HasExited;
            if (!finished) cli.Process.Kill(entireProcessTree: true);
            cli.Process.WaitForExit();

            var units = Units(site);
            var fresh = before.Keys.Count(unit =>
            {
                Assert.True(units.TryGetValue(unit, out var now), $"kill {i} {moment}: {unit} is missing");
                Assert.True(now == before[unit] || now == after[unit], $"kill {i} {moment}: {unit} is neither the previous nor the new version");
                return now != before[unit];
            });
            outcomes.Add($"{moment}: {(finished ? "finished" : "killed")}, {fresh} unit(s) new");
            if (i >= 2 && fresh == 0) allOld = delay;
            else if (i >= 2) allNew = delay;

            var next = InProcessBuild(newData, site);
            Assert.Equal(0, next.ExitCode);
            Assert.Equal(after, Units(site));
            Assert.False(Directory.Exists(Path.Combine(site, SiteWriter.StagingFolder)));
        }
        log.WriteLine($"writing takes {writing.TotalMilliseconds:F0} ms; " + string.Join("; ", outcomes));
    }

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
