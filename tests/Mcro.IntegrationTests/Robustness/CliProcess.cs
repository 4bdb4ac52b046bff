using System.Diagnostics;
using Mcro.Tests.Site;

namespace Mcro.Tests.Robustness;

/// <summary>The CLI as its own process (dotnet mcro.dll build), with its error lines watched for the moment it pauses at.</summary>
internal sealed class CliProcess : IDisposable
{
    /// <summary>The test-only variable that makes a build wait at a named moment (Mcro.Site.PauseForTests).</summary>
    public const string PauseVariable = "MCRO_TEST_PAUSE_AT";

    private readonly ManualResetEventSlim _paused = new();

    private CliProcess(Process process) => Process = process;

    public Process Process { get; }

    public static CliProcess Start(string data, string output, params string[] options) => StartPausingAt(null, data, output, options);

    /// <param name="pauseAt">A moment of writing the site the build waits at until it is killed; null: it runs through.</param>
    public static CliProcess StartPausingAt(string? pauseAt, string data, string output, params string[] options)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        string[] args = [Path.Combine(AppContext.BaseDirectory, "mcro.dll"), "build", .. options, "--data", data, "--templates", SiteFixture.TemplatesFolder, "--out", output];
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        // CI: one plain progress line per step, on stdout.
        start.Environment["CI"] = "true";
        if (pauseAt is null) start.Environment.Remove(PauseVariable);
        else start.Environment[PauseVariable] = pauseAt;
        var cli = new CliProcess(new Process { StartInfo = start });
        cli.Process.OutputDataReceived += (_, _) => { };
        cli.Process.ErrorDataReceived += (_, line) =>
        {
            if (pauseAt is not null && line.Data == "paused at " + pauseAt) cli._paused.Set();
        };
        cli.Process.Start();
        cli.Process.BeginOutputReadLine();
        cli.Process.BeginErrorReadLine();
        return cli;
    }

    /// <summary>Waits until the build says it paused at its moment; false if it ended without reaching it.</summary>
    public bool WaitForPause()
    {
        while (!_paused.Wait(TimeSpan.FromMilliseconds(100)))
        {
            if (Process.HasExited)
            {
                // Waiting for the exit again drains the error lines still being read.
                Process.WaitForExit();
                return _paused.IsSet;
            }
            Assert.True(DateTime.UtcNow - Process.StartTime.ToUniversalTime() < TimeSpan.FromMinutes(3), "the build neither paused nor ended within 3 minutes");
        }
        return true;
    }

    public void Dispose()
    {
        if (!Process.HasExited) Process.Kill(entireProcessTree: true);
        Process.Dispose();
        _paused.Dispose();
    }
}
