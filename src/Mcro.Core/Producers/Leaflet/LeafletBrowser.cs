using PuppeteerSharp;

namespace Mcro.Producers.Leaflet;

/// <summary>
/// The headless Chromium of one build, started as soon as the build knows it will print (after the up-to-date check),
/// so that its start-up overlaps loading and rendering instead of coming after them. Closed with the build.
/// </summary>
public sealed class LeafletBrowser : IDisposable
{
    private readonly Task<IBrowser> _browser;
    private readonly string _profile;

    private LeafletBrowser(string path, string profile, Task<IBrowser> browser)
    {
        Path = path;
        _profile = profile;
        _browser = browser;
    }

    public string Path { get; }

    public static LeafletBrowser Start(string chromium)
    {
        // A profile of its own, removed with the browser: nothing of the build stays behind in the temporary folder.
        var profile = Directory.CreateTempSubdirectory("mcro-chromium-").FullName;
        return new LeafletBrowser(chromium, profile, Task.Run(() => Launch(chromium, profile)));
    }

    private static Task<IBrowser> Launch(string chromium, string profile) => Puppeteer.LaunchAsync(new LaunchOptions
    {
        ExecutablePath = chromium,
        UserDataDir = profile,
        Headless = true,
        // What the machine's Chromium needs headless in a container and on a closed network; nothing that changes what is printed.
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", "--font-render-hinting=none"],
    });

    /// <summary>The running browser; a browser that would not start throws here, where the leaflets are printed.</summary>
    internal Task<IBrowser> Running => _browser;

    public void Dispose()
    {
        try
        {
            if (_browser.Wait(TimeSpan.FromSeconds(30)) && _browser.Result.Process is { } process)
            {
                // Every PDF is written: stopping the browser at once costs nothing, a polite close half a second.
                process.Kill(entireProcessTree: true);
                process.WaitForExit(TimeSpan.FromSeconds(10));
                _browser.Result.Dispose();
            }
        }
        catch (Exception e) when (e is AggregateException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // It never started, or is already gone: nothing is left to stop.
        }
        try { Directory.Delete(_profile, recursive: true); }
        catch (IOException) { /* a file the browser still held: the system's temporary folder is cleaned anyway */ }
    }
}
