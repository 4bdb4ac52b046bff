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

    private const string ProfilePrefix = "mcro-chromium-";

    public static LeafletBrowser Start(string chromium)
    {
        RemoveAbandonedProfiles();
        // A profile of its own, removed with the browser: nothing of the build stays behind in the temporary folder.
        var profile = Directory.CreateTempSubdirectory(ProfilePrefix).FullName;
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
            // The launch ends within PuppeteerSharp's own timeout, started or failed: only then is there a process to stop.
            var browser = _browser.GetAwaiter().GetResult();
            if (browser.Process is { } process)
            {
                // Every PDF is written: stopping the browser at once costs nothing, a polite close half a second.
                process.Kill(entireProcessTree: true);
                process.WaitForExit(TimeSpan.FromSeconds(10));
            }
            browser.Dispose();
        }
        catch (Exception e) when (e is PuppeteerException or ProcessException or TimeoutException or InvalidOperationException
            or System.ComponentModel.Win32Exception or IOException)
        {
            // It never started, or is already gone: nothing is left to stop.
        }
        RemoveProfile(_profile);
    }

    /// <summary>Profiles a killed build left (Ctrl+C stops the process before it cleans up), a day old or more.</summary>
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
