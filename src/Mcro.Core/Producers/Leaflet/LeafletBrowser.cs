using Mcro.Diagnostics;
using PuppeteerSharp;

namespace Mcro.Producers.Leaflet;

/// <summary>
/// The headless Chromium of one build, started by <see cref="LeafletProducer"/> as soon as the build will render (after the up-to-date check),
/// so that its start-up overlaps loading and rendering instead of coming after them. mcro starts it itself (under
/// <see cref="BrowserGuard"/>, so that it never outlives mcro) and connects to it; closed with the build.
/// </summary>
public sealed class LeafletBrowser : IDisposable
{
    /// <summary>How long a browser may take to come up when no --browser-timeout is given: a busy 2-core machine took more than 30 s.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(120);

    /// <summary>Starts in all: a browser that did not come up in time is tried once more, as a loaded machine may be slow once.</summary>
    private const int Attempts = 2;

    private const string ProfilePrefix = "mcro-chromium-";

    private readonly CancellationTokenSource _stop = new();
    private readonly Task<Result<IBrowser>> _browser;
    private readonly string _profile;
    private BrowserProcess? _process;

    private LeafletBrowser(string path, TimeSpan timeout)
    {
        Path = path;
        Timeout = timeout;
        RemoveAbandonedProfiles();
        // A profile of its own, removed with the browser: nothing of the build stays behind in the temporary folder.
        _profile = Directory.CreateTempSubdirectory(ProfilePrefix).FullName;
        _browser = Task.Run(() => LaunchAsync(_stop.Token));
    }

    public string Path { get; }

    /// <summary>How long mcro waits for the browser: to come up, and for each leaflet it prints.</summary>
    public TimeSpan Timeout { get; }

    /// <param name="timeout">--browser-timeout; null: <see cref="DefaultTimeout"/>.</param>
    public static LeafletBrowser Start(string chromium, TimeSpan? timeout = null) => new(chromium, timeout ?? DefaultTimeout);

    /// <summary>The running browser, or the problem of one that would not come up (it names the browser and what to try).</summary>
    internal Task<Result<IBrowser>> Running => _browser;

    private async Task<Result<IBrowser>> LaunchAsync(CancellationToken stop)
    {
        for (var attempt = 1; ; attempt++)
        {
            BrowserProcess process;
            try
            {
                process = BrowserProcess.Start(Path, Arguments());
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                return Problem($"it cannot be run ({e.Message}); give the path of Chromium or Google Chrome with --chromium PATH");
            }
            lock (_stop) _process = process;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                if (await process.Endpoint.WaitAsync(Timeout, stop) is not { } endpoint)
                    return Problem(process.Ending() + "; " + Advice);
                var browser = await Puppeteer.ConnectAsync(new ConnectOptions { BrowserWSEndpoint = endpoint })
                    .WaitAsync(Remaining(clock), stop);
                return Result<IBrowser>.Ok(browser);
            }
            catch (TimeoutException) when (attempt < Attempts)
            {
                // Slow, not broken, perhaps: a second browser from scratch.
                Stop(process);
            }
            catch (TimeoutException)
            {
                return Problem($"it did not come up within {Timeout.TotalSeconds:0.#} s, in {Attempts} tries; if the machine is busy, allow it longer with " +
                    "--browser-timeout SECONDS; " + Advice);
            }
            catch (Exception e) when (e is PuppeteerException or IOException or System.Net.WebSockets.WebSocketException or OperationCanceledException)
            {
                return Problem($"it did not answer ({e.Message}); " + Advice);
            }
        }
    }

    private TimeSpan Remaining(System.Diagnostics.Stopwatch clock) =>
        Timeout - clock.Elapsed is { Ticks: > 0 } left ? left : TimeSpan.FromMilliseconds(1);

    private const string Advice = "give another browser with --chromium PATH (or " + ChromiumLocator.EnvironmentVariable + "), or install Chromium " +
        "(Debian: sudo apt-get install chromium; macOS: brew install --cask chromium)";

    private Result<IBrowser> Problem(string why)
    {
        if (_process is { } process) Stop(process);
        return Result<IBrowser>.Failed(new Diagnostic(SourceLocation.OfFile(Path), ProblemCode.BrowserFailed, $"cannot start the browser to print the leaflets: {why}"));
    }

    /// <summary>PuppeteerSharp's own arguments for a headless Chromium (what it launched before), and what the machine's Chromium needs.</summary>
    private IEnumerable<string> Arguments() =>
        Puppeteer.GetDefaultArgs(new LaunchOptions
        {
            Headless = true,
            // In a container and on a closed network; nothing that changes what is printed.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--font-render-hinting=none"],
        }).Concat(["--remote-debugging-port=0", "--user-data-dir=" + _profile]);

    private void Stop(BrowserProcess process)
    {
        lock (_stop) if (_process == process) _process = null;
        process.Dispose();
    }

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            // Cancelled, the start ends at once, with the browser or without.
            if (_browser.GetAwaiter().GetResult().Value is { } browser) browser.Disconnect();
        }
        catch (Exception e) when (e is PuppeteerException or IOException or InvalidOperationException or OperationCanceledException)
        {
            // It is stopped below whatever it answers.
        }
        BrowserProcess? process;
        lock (_stop) process = _process;
        // Every PDF is written (or none will be): stopping the browser at once costs nothing, a polite close half a second.
        process?.Dispose();
        _stop.Dispose();
        RemoveProfile(_profile);
    }

    /// <summary>Profiles a killed build left (the kill stops mcro before it cleans up), a day old or more.</summary>
    private static void RemoveAbandonedProfiles()
    {
        try
        {
            foreach (var folder in Directory.EnumerateDirectories(System.IO.Path.GetTempPath(), ProfilePrefix + "*"))
                if (Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow.AddDays(-1)) RemoveProfile(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The temporary folder cannot be listed: nothing to tidy.
        }
    }

    private static void RemoveProfile(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* still held, or not ours to remove: the system cleans its temporary folder */ }
    }
}
