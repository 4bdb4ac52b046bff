using Mcro.BrowserTests.Tools;
using Microsoft.Playwright;

namespace Mcro.BrowserTests.Browser;

/// <summary>
/// The machine's headless Chromium, started once for every browser test (an xunit collection fixture)
/// and only when a test first asks for a page, so a machine without Chromium skips those tests instead of failing the fixture.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    private readonly SemaphoreSlim _starting = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowserContext? _context;

    /// <summary>A new tab of the given size; the test closes it.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await ContextAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        return page;
    }

    private async Task<IBrowserContext> ContextAsync()
    {
        var executable = ToolBox.Chromium.Require();
        await _starting.WaitAsync();
        try
        {
            if (_context is not null) return _context;
            _playwright = await Playwright.CreateAsync();
            _context = await _playwright.Chromium.LaunchPersistentContextAsync(RunFolder.NewFolder("chromium-profile"), new()
            {
                ExecutablePath = executable,
                Headless = true,
                // Root in CI needs --no-sandbox; the rest keep Chromium from calling home while tests run offline.
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
            return _context;
        }
        finally
        {
            _starting.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_context is not null) await _context.CloseAsync();
        _playwright?.Dispose();
    }
}
