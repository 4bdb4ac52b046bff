using System.Diagnostics;
using Mcro.Producers.Leaflet;
using Mcro.Tests.Site;
using Xunit.Abstractions;

namespace Mcro.Tests.Leaflet;

/// <summary>
/// The real command line printing leaflets, stopped from outside while its browser runs: every process it started,
/// Chromium's helpers included, ends with it, and its standard output closes (so `mcro build --pdf | tee log` ends).
/// The processes are found by parent and process group, never by name.
/// </summary>
public sealed class BrowserLifetimeTests(ITestOutputHelper log) : TempFolderTest("mcro-browser-life-")
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    [InlineData("HUP")]
    [InlineData("KILL")]
    public void Mcro_stopped_by_a_signal_during_pdf_leaves_no_browser_process_behind(string signal)
    {
        if (!OperatingSystem.IsLinux() || ChromiumLocator.Find(null, Mcro.Diagnostics.SourceLocation.OfFile("test")).Value is null) return;
        using var outputClosed = new ManualResetEventSlim();
        using var mcro = StartBuild(outputClosed);
        var tree = new ProcessTree(mcro.Id);
        try
        {
            StopAndCheck(signal, mcro, tree, outputClosed);
        }
        finally
        {
            // Whatever the outcome, nothing of this test keeps running.
            foreach (var survivor in tree.Survivors()) Send("KILL", survivor.Id, check: false);
        }
    }

    private void StopAndCheck(string signal, Process mcro, ProcessTree tree, ManualResetEventSlim outputClosed)
    {

        // Up: the browser has started processes of its own (mcro → … → Chromium → its zygote or renderer).
        var clock = Stopwatch.StartNew();
        while (tree.Depth < 3)
        {
            Assert.False(mcro.HasExited, "the build ended before its browser was seen running");
            Assert.True(clock.Elapsed < Patience, "the browser never came up");
            Thread.Sleep(50);
            tree.Refresh();
        }
        var running = tree.Survivors();
        Send(signal, mcro.Id);

        Assert.True(mcro.WaitForExit(Patience), $"mcro did not stop on SIG{signal}");
        IReadOnlyList<ProcessTree.Entry> survivors;
        clock.Restart();
        while ((survivors = tree.Survivors()).Count > 0 && clock.Elapsed < Patience) Thread.Sleep(100);
        log.WriteLine($"{running.Count} process(es) ran when mcro was sent SIG{signal}; gone after {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(survivors.Count == 0, $"after SIG{signal} to mcro, still running:\n" + string.Join("\n", survivors.Select(s => $"{s.Id} (parent {s.Parent}, group {s.Group}): {Shorten(s.Command)}")));
        // Nothing the build started still holds its standard output: a pipe reading it ends.
        Assert.True(outputClosed.Wait(Patience), "mcro's standard output is still held open");
    }

    /// <summary>
    /// `dotnet mcro.dll build --pdf`, with the signals at their default action even where the test runs with them ignored
    /// (a shell's background job ignores SIGINT, and a program inherits that). env execs mcro: its process is mcro's.
    /// </summary>
    private Process StartBuild(ManualResetEventSlim outputClosed)
    {
        var start = new ProcessStartInfo("env") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        string[] args = ["--default-signal=INT,HUP,TERM", CliChild.Host, CliChild.Dll, "build", "--pdf", "--data", SiteFixture.DataFolder,
            "--templates", SiteFixture.TemplatesFolder, "--out", Work.PathOf("out")];
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["CI"] = "true";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null) outputClosed.Set();
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Send(string signal, int process, bool check = true)
    {
        var start = new ProcessStartInfo("kill", ["-s", signal, process.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { RedirectStandardError = true };
        using var kill = Process.Start(start)!;
        kill.StandardError.ReadToEnd();
        kill.WaitForExit();
        if (check) Assert.Equal(0, kill.ExitCode);
    }

    private static string Shorten(string command) => command.Length <= 160 ? command : command[..160] + "…";
}
