using System.Collections.Concurrent;
using System.Diagnostics;
using Mcro.Tests.Site;

namespace Mcro.Tests.Serve;

/// <summary>The CLI's `serve` in its own process, its output collected. Every wait is bounded.</summary>
internal sealed class ServeProcess : IDisposable
{
    // Generous: a serve process on a busy 2-core machine can take a minute to start; only a hang should reach it.
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly BlockingCollection<string> _lines = [];
    private readonly ConcurrentQueue<string> _output = new();

    /// <summary>Every line printed so far.</summary>
    public IReadOnlyList<string> Output => [.. _output];

    private ServeProcess(Process process) => Process = process;

    public Process Process { get; }

    public static ServeProcess Start(string data, params string[] options) => StartWith(data, SiteFixture.TemplatesFolder, options);

    public static ServeProcess StartWith(string data, string templates, params string[] options) => StartWith(data, templates, new Dictionary<string, string>(), options);

    public static ServeProcess StartWith(string data, string templates, IReadOnlyDictionary<string, string> environment, params string[] options)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "mcro.dll"), "serve", "--data", data, "--templates", templates }.Concat(options))
            start.ArgumentList.Add(arg);
        var serve = new ServeProcess(new Process { StartInfo = start });
        serve.Process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is not { } text) return;
            serve._output.Enqueue(text);
            try { serve._lines.Add(text); }
            catch (InvalidOperationException) { /* the test is done with the process: its last lines are not awaited */ }
        };
        serve.Process.Start();
        serve.Process.BeginOutputReadLine();
        return serve;
    }

    public Uri WaitForAddress(TimeSpan patience)
    {
        var timer = Stopwatch.StartNew();
        while (timer.Elapsed < patience)
        {
            if (_lines.TryTake(out var line, TimeSpan.FromMilliseconds(200)) && line.StartsWith("serving ", StringComparison.Ordinal))
                return new Uri(line.Split(' ')[1]);
        }
        throw new TimeoutException("serve printed no address");
    }

    /// <summary>Waits until serve has printed a line that <paramref name="wanted"/> accepts, and returns it.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> wanted, string what) =>
        (await WaitForOutputAsync(output => output.Any(wanted), what)).First(wanted);

    /// <summary>Waits until all serve has printed so far is as <paramref name="done"/> wants it, and returns it.</summary>
    public async Task<IReadOnlyList<string>> WaitForOutputAsync(Func<IReadOnlyList<string>, bool> done, string what)
    {
        var timer = Stopwatch.StartNew();
        while (timer.Elapsed < Patience)
        {
            var output = Output;
            if (done(output)) return output;
            await Task.Delay(100);
        }
        throw new TimeoutException($"serve did not say {what} within {Patience.TotalSeconds:0} s; it said:\n{string.Join('\n', Output)}");
    }

    /// <summary>Asks for <paramref name="path"/> until the page is as <paramref name="done"/> wants it, within <see cref="Patience"/>.</summary>
    public static async Task<string> PollAsync(HttpClient http, string path, Func<string, bool> done)
    {
        var timer = Stopwatch.StartNew();
        string page;
        do
        {
            await Task.Delay(100);
            page = await http.GetStringAsync(path);
        }
        while (!done(page) && timer.Elapsed < Patience);
        Assert.True(done(page), $"{path} did not change as expected within {Patience.TotalSeconds:0} s");
        return page;
    }

    /// <summary>Ctrl+C: SIGINT to the process; true when it ended within <paramref name="patience"/>.</summary>
    public bool Interrupt(TimeSpan patience)
    {
        using (var kill = Process.Start("kill", ["-INT", Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
        return Process.WaitForExit(patience);
    }

    public void Dispose()
    {
        if (!Process.HasExited) Process.Kill(entireProcessTree: true);
        Process.WaitForExit(5000);
        _lines.CompleteAdding();
        Process.Dispose();
    }
}
