using Mcro.Tests.Site;

namespace Mcro.Tests.Leaflet;

/// <summary>
/// --browser-timeout: a browser that never comes up stops the build with mcro's own problem naming it and what to
/// try (tried twice, then stopped, whatever it started); a value that is not a number of seconds is a usage error.
/// </summary>
public sealed class BrowserTimeoutTests() : TempFolderTest("mcro-browser-timeout-")
{
    private string Out => Work.PathOf("out");

    private CliRun Build(params string[] extra) =>
        CliRun.Of(["build", "--data", SiteFixture.DataFolder, "--templates", SiteFixture.TemplatesFolder, "--out", Out, "--year", "2019", "--lang", "en", .. extra]);

    [Fact]
    public void A_browser_that_never_comes_up_stops_the_build_with_a_problem_naming_it_and_is_stopped()
    {
        if (OperatingSystem.IsWindows()) return;
        // It never prints its DevTools address; each start notes its id, and waits in a child, as Chromium's helpers would.
        var started = Work.PathOf("started");
        var browser = Work.PathOf("silent-browser");
        File.WriteAllText(browser, $"#!/bin/sh\necho $$ >> '{started}'\nsleep 600 &\necho $! >> '{started}'\nwait\n");
        File.SetUnixFileMode(browser, UnixFileMode.UserRead | UnixFileMode.UserExecute);

        var run = Build("--pdf", "--chromium", browser, "--browser-timeout", "2");

        Assert.Equal(1, run.ExitCode);
        var problem = Assert.Single(run.OutputLines, line => line.StartsWith(browser + ": ", StringComparison.Ordinal));
        Assert.Contains("cannot start the browser to print the leaflets: it did not come up within 2 s, in 2 tries", problem);
        Assert.Contains("--browser-timeout SECONDS", problem);
        Assert.Contains("--chromium PATH", problem);
        Assert.Contains("install Chromium", problem);
        Assert.False(Directory.Exists(Out));
        var processes = File.ReadAllLines(started);
        Assert.Equal(4, processes.Length);
        Assert.All(processes, id => Assert.True(Gone(int.Parse(id, System.Globalization.CultureInfo.InvariantCulture)), $"process {id} of the browser still runs"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1.5")]
    [InlineData("soon")]
    [InlineData("3601")]
    [InlineData("99999999999")]
    public void A_browser_timeout_that_is_not_a_number_of_seconds_is_a_usage_error(string value)
    {
        var run = Build("--pdf", "--browser-timeout", value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--browser-timeout: '{value}' is not a number of seconds", run.Output + run.Error);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void A_browser_timeout_without_pdf_is_refused_rather_than_ignored()
    {
        var run = Build("--browser-timeout", "30");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--browser-timeout is how long the browser that prints the leaflets may take: add --pdf", run.Output + run.Error);
        Assert.False(Directory.Exists(Out));
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
