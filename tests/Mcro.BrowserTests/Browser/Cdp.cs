using System.Text.Json;
using PuppeteerSharp;

namespace Mcro.BrowserTests.Browser;

/// <summary>Chrome DevTools Protocol calls on a page of its own session, for what the driver has no method for (the full accessibility tree, the fonts a node is drawn with).</summary>
public static class Cdp
{
    public static Task<ICDPSession> SessionAsync(IPage page) => page.CreateCDPSessionAsync();

    public static Task<JsonElement> CallAsync(this ICDPSession session, string method, Dictionary<string, object>? args = null) =>
        session.SendAsync<JsonElement>(method, args);
}
