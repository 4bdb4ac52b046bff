using System.Diagnostics;
using Mcro.Tests.Site;

namespace Mcro.Tests.Robustness;

/// <summary>The CLI as its own process (dotnet mcro.dll), with its progress lines watched.</summary>
internal sealed class CliProcess : IDisposable
{
    private readonly ManualResetEventSlim _rendered = new();
    private readonly Stopwatch _sinceRendered = new();

    private CliProcess(Process process) => Process = process;

    public Process Process { get; }

    public static CliProcess Start(string data, string output, params string[] options)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        string[] args = [Path.Combine(AppContext.BaseDirectory, "mcro.dll"), "build", .. options, "--data", data, "--templates", SiteFixture.TemplatesFolder, "--out", output];
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        // CI: one plain progress line per step, on stdout.
        start.Environment["CI"] = "true";
        var cli = new CliProcess(new Process { StartInfo = start });
        cli.Process.OutputDataReceived += (_, line) =>
        {
            if (line.Data?.StartsWith("texts:", StringComparison.Ordinal) != true) return;
            cli._sinceRendered.Start();
            cli._rendered.Set();
        };
        cli.Process.ErrorDataReceived += (_, _) => { };
        cli.Process.Start();
        cli.Process.BeginOutputReadLine();
        cli.Process.BeginErrorReadLine();
        return cli;
    }

    /// <summary>Waits until every page is rendered (the writing starts then); the clock runs from that moment.</summary>
    public Stopwatch WaitForRendered()
    {
        Assert.True(_rendered.Wait(TimeSpan.FromSeconds(60)), "the build never finished rendering");
        return _sinceRendered;
    }

    public void Dispose()
    {
        if (!Process.HasExited) Process.Kill(entireProcessTree: true);
        Process.Dispose();
        _rendered.Dispose();
    }
}
