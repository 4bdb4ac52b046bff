using Mcro.Build;
using Mcro.Producers;
using Mcro.Producers.Leaflet;
using Mcro.Tests.Site;

namespace Mcro.Tests.Leaflet;

/// <summary>
/// The leaflets' browser belongs to their producer: found when it is prepared for a build (nothing started yet), started
/// when the build will render, and stopped, whatever it started, when the producer is disposed with the build.
/// </summary>
public sealed class LeafletProducerTests() : TempFolderTest("mcro-leaflet-producer-")
{
    private BuildRequest Request(bool leaflets, string chromium) =>
        new(SiteFixture.DataFolder, "data", SiteFixture.TemplatesFolder, "templates", Work.PathOf("out"), "out", [2019], null, null)
        {
            Leaflets = leaflets,
            Chromium = chromium,
            BrowserTimeout = TimeSpan.FromSeconds(120),
        };

    [Fact]
    public void Prepared_it_has_found_the_browser_started_it_runs_it_and_disposed_it_stops_it()
    {
        if (OperatingSystem.IsWindows()) return;
        // It never prints its DevTools address: it stays "starting" until the producer is disposed.
        var started = Work.PathOf("started");
        var browser = Work.PathOf("silent-browser");
        File.WriteAllText(browser, $"#!/bin/sh\necho $$ >> '{started}'\nexec sleep 600\n");
        File.SetUnixFileMode(browser, UnixFileMode.UserRead | UnixFileMode.UserExecute);

        var prepared = new LeafletProducer().Prepare(Request(leaflets: true, browser));
        var producer = Assert.IsAssignableFrom<IPreparedProducer>(prepared.Value);
        Assert.Contains(browser, producer.Prepared);
        Assert.False(File.Exists(started), "the browser was started before the build asked for it");

        producer.Start();
        var id = WaitForStart(started);
        producer.Dispose();

        Assert.True(Gone(id), $"the browser ({id}) still runs after its producer was disposed");
    }

    [Fact]
    public void Without_pdf_it_needs_no_browser_even_one_that_does_not_exist()
    {
        var prepared = new LeafletProducer().Prepare(Request(leaflets: false, Work.PathOf("no-such-browser")));

        Assert.Empty(prepared.Problems);
        Assert.Equal("", prepared.Value!.Prepared);
    }

    [Fact]
    public void With_pdf_and_no_browser_preparing_it_is_the_problem_of_pdf()
    {
        var prepared = new LeafletProducer().Prepare(Request(leaflets: true, Work.PathOf("no-such-browser")));

        Assert.Null(prepared.Value);
        Assert.Equal("--pdf", Assert.Single(prepared.Problems).Location.File);
    }

    private static int WaitForStart(string started)
    {
        for (var clock = System.Diagnostics.Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromSeconds(120); Thread.Sleep(50))
        {
            if (File.Exists(started) && File.ReadAllText(started).Trim() is { Length: > 0 } id)
                return int.Parse(id.Split('\n')[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        throw new TimeoutException("the browser was never started");
    }

    /// <summary>Ended, or ending: a process killed may take a moment to go.</summary>
    private static bool Gone(int id)
    {
        for (var clock = System.Diagnostics.Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromSeconds(60); Thread.Sleep(100))
        {
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(id);
                if (process.HasExited) return true;
            }
            catch (ArgumentException)
            {
                return true;
            }
        }
        return false;
    }
}
