using Mcro.Site;

namespace Mcro.Tests.Robustness;

/// <summary>Two builds into one folder: the second waits for the first's OS lock, then refuses; neither corrupts the site.</summary>
public sealed class SiteLockTests() : TempFolderTest("mcro-lock-")
{
    private string Out => Work.Path;

    private static IReadOnlyList<SiteFile> Site(string text) =>
        [SiteFile.Text("2019/sr/index.html", text), SiteFile.Text("2019/sr/charts/a.svg", "<svg>" + text + "</svg>"), SiteFile.Text("index.html", "landing " + text)];

    [Fact]
    public void The_first_write_marks_the_folder_as_an_mcro_site()
    {
        SiteWriter.Write(Site("one"), Out);
        Assert.Equal(SiteMarker.Text, File.ReadAllText(Path.Combine(Out, SiteMarker.FileName)));
    }

    [Fact]
    public void A_build_that_finds_the_folder_locked_refuses_after_waiting_and_writes_nothing()
    {
        SiteWriter.Write(Site("one"), Out);
        using (SiteLock.Acquire(Out, TimeSpan.Zero))
        {
            var refused = Assert.Throws<OutputFolderBusyException>(() => SiteWriter.Write(Site("two"), Out, TimeSpan.FromMilliseconds(200)));
            Assert.StartsWith("another mcro build is writing into this folder right now", refused.Message);
            Assert.Equal("one", File.ReadAllText(Path.Combine(Out, "2019/sr/index.html")));
        }
        SiteWriter.Write(Site("two"), Out, TimeSpan.Zero);
        Assert.Equal("two", File.ReadAllText(Path.Combine(Out, "2019/sr/index.html")));
    }

    [Fact]
    public async Task A_build_waiting_for_the_lock_goes_ahead_once_it_is_released()
    {
        var held = SiteLock.Acquire(Out, TimeSpan.Zero);
        var waiting = Task.Run(() => SiteWriter.Write(Site("after"), Out, TimeSpan.FromSeconds(20)));
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted);
        held.Dispose();
        Assert.Equal(new WriteReport(3, 0), await waiting.WaitAsync(TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public void Concurrent_builds_into_one_folder_serialize_and_leave_one_whole_site()
    {
        var texts = Enumerable.Range(0, 6).Select(i => $"build {i}").ToList();
        Parallel.ForEach(texts, new ParallelOptions { MaxDegreeOfParallelism = 6 }, text => SiteWriter.Write(Site(text), Out));

        var page = File.ReadAllText(Path.Combine(Out, "2019/sr/index.html"));
        Assert.Contains(page, texts);
        Assert.Equal("<svg>" + page + "</svg>", File.ReadAllText(Path.Combine(Out, "2019/sr/charts/a.svg")));
        Assert.False(Directory.Exists(Path.Combine(Out, SiteWriter.StagingFolder)));
    }
}
