using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Mcro.Producers.Leaflet;

/// <summary>
/// One Chromium started by mcro (under <see cref="BrowserGuard"/>): the DevTools address it prints when it is up,
/// what it said on its standard error, and its end. Disposing it ends Chromium and every process it started.
/// </summary>
internal sealed partial class BrowserProcess : IDisposable
{
    private const int KeptLines = 5;

    private readonly Process _process;
    private readonly TaskCompletionSource<string?> _endpoint = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Queue<string> _lastLines = new();

    private BrowserProcess(Process process) => _process = process;

    /// <summary>The DevTools address, once Chromium prints it; null if Chromium ended without printing one.</summary>
    public Task<string?> Endpoint => _endpoint.Task;

    /// <exception cref="System.ComponentModel.Win32Exception">The program cannot be run at all (not executable).</exception>
    public static BrowserProcess Start(string chromium, IEnumerable<string> arguments)
    {
        var browser = new BrowserProcess(new Process { StartInfo = BrowserGuard.StartInfo(chromium, arguments), EnableRaisingEvents = true });
        browser._process.ErrorDataReceived += (_, line) => browser.Heard(line.Data);
        // Nothing writes there (the guard sends Chromium's output to /dev/null); read anyway, so that nothing can ever block on it.
        browser._process.OutputDataReceived += (_, _) => { };
        browser._process.Start();
        browser._process.BeginErrorReadLine();
        browser._process.BeginOutputReadLine();
        return browser;
    }

    private void Heard(string? line)
    {
        if (line is null)
        {
            // The end of its standard error: it ended (or closed it) without ever being up.
            _endpoint.TrySetResult(null);
            return;
        }
        if (DevToolsLine().Match(line) is { Success: true } listening) _endpoint.TrySetResult(listening.Groups[1].Value);
        else if (line.Trim().Length > 0)
        {
            lock (_lastLines)
            {
                _lastLines.Enqueue(line.Trim());
                if (_lastLines.Count > KeptLines) _lastLines.Dequeue();
            }
        }
    }

    /// <summary>How it ended before it was up, for a message: its exit code and the last lines it wrote.</summary>
    public string Ending()
    {
        var ending = _process.WaitForExit(TimeSpan.FromSeconds(5))
            ? $"it ended with exit code {_process.ExitCode} before it was up"
            : "it closed its standard error before it was up";
        lock (_lastLines) return ending + (_lastLines.Count == 0 ? "" : ", saying: " + string.Join(" | ", _lastLines));
    }

    [GeneratedRegex(@"^DevTools listening on (ws://\S+)")]
    private static partial Regex DevToolsLine();

    public void Dispose()
    {
        try
        {
            // Closing the lifeline is the guard's signal: it kills Chromium's whole session, then ends.
            _process.StandardInput.Close();
            if (!BrowserGuard.Available || !_process.WaitForExit(TimeSpan.FromSeconds(10))) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
        _endpoint.TrySetResult(null);
        _process.Dispose();
    }
}
