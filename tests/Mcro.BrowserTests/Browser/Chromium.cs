using Mcro.BrowserTests.Tools;
using PuppeteerSharp;

namespace Mcro.BrowserTests.Browser;

/// <summary>
/// The machine's headless Chromium, driven by PuppeteerSharp as the product's leaflets are, started once for every
/// browser test (an xunit collection fixture) and only when a test first asks for a page, so a machine without Chromium
/// skips those tests instead of failing the fixture. It is never downloaded: the executable is always the machine's.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    // A busy 2-core CI machine starts Chromium and loads a page slowly; waiting long only costs time when it is broken.
    private const int PatienceMs = 120_000;

    private readonly SemaphoreSlim _starting = new(1, 1);
    private IBrowser? _browser;

    /// <summary>A new tab of the given size; the test closes it.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var browser = await BrowserAsync();
        var page = await browser.NewPageAsync();
        page.DefaultTimeout = PatienceMs;
        page.DefaultNavigationTimeout = PatienceMs;
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = height });
        return page;
    }

    private async Task<IBrowser> BrowserAsync()
    {
        var executable = ToolBox.Chromium.Require();
        await _starting.WaitAsync();
        try
        {
            _browser ??= await Puppeteer.LaunchAsync(new LaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                UserDataDir = RunFolder.NewFolder("chromium-profile"),
                Timeout = PatienceMs,
                // Root in CI needs --no-sandbox; the rest keep Chromium from calling home while tests run offline.
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
            return _browser;
        }
        finally
        {
            _starting.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
    }
}
