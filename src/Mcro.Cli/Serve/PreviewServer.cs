using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Mcro.Cli.Serve;

/// <summary>
/// ASP.NET Core's Kestrel serving the preview from memory: each path as the site has it (a folder as its index.html),
/// pages with the preview's script, and <see cref="PreviewPage.EventsPath"/>, which tells an open page when to reload.
/// </summary>
public static class PreviewServer
{
    /// <summary>Starts listening on the preferred port, or on a free one when it is taken; returns the server and its address.</summary>
    public static async Task<(WebApplication App, Uri Address)> StartAsync(PreviewSite site, IPAddress host, int preferredPort, CancellationToken stop)
    {
        try
        {
            return await StartOnAsync(site, host, preferredPort, stop);
        }
        catch (IOException e) when (preferredPort != 0 && e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            // Taken (another preview, another server): any free port will do; the address printed says which.
            return await StartOnAsync(site, host, 0, stop);
        }
    }

    private static async Task<(WebApplication App, Uri Address)> StartOnAsync(PreviewSite site, IPAddress host, int port, CancellationToken stop)
    {
        // An empty builder: no appsettings.json or ASPNETCORE_* variable of the folder it runs in can add an endpoint.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(host, port));
        builder.Services.Configure<Microsoft.Extensions.Hosting.HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(1));
        var app = builder.Build();
        var hosts = new PreviewHosts(host);
        // Before every endpoint (pages, files, the reload events): nothing of the site reaches a request for another name.
        app.Use((context, next) => GuardAsync(context, next, hosts));
        app.Map(PreviewPage.EventsPath, events => events.Run(context => EventsAsync(context, site)));
        app.Run(context => ServeAsync(context, site));
        try
        {
            await app.StartAsync(stop);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        var bound = new Uri(app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        // Listening on every address: the one to open on this machine is loopback.
        var shown = host.Equals(IPAddress.Any) ? "127.0.0.1" : host.Equals(IPAddress.IPv6Any) ? "[::1]" : bound.Host.Contains(':') ? $"[{bound.Host}]" : bound.Host;
        return (app, new Uri($"http://{shown}:{bound.Port}/"));
    }

    private static Task GuardAsync(HttpContext context, RequestDelegate next, PreviewHosts hosts)
    {
        var given = context.Request.Headers.Host;
        var verdict = hosts.Judge(given.Count == 1 ? given[0] : null, context.Connection.LocalPort, context.Connection.LocalIpAddress);
        if (verdict == HostVerdict.Answer) return next(context);
        context.Response.StatusCode = verdict == HostVerdict.Malformed ? StatusCodes.Status400BadRequest : StatusCodes.Status421MisdirectedRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Connection = "close";
        var port = context.Connection.LocalPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return context.Response.WriteAsync(verdict == HostVerdict.Malformed
            ? "mcro serve: this request has no usable Host header.\n"
            : $"mcro serve answers only requests for this machine's own address, such as http://localhost:{port}/ or http://127.0.0.1:{port}/, "
              + "not for another name pointed at it (a page of another site must not read the preview).\n");
    }

    private static async Task ServeAsync(HttpContext context, PreviewSite site)
    {
        // Kestrel has decoded the path already.
        var path = (context.Request.Path.Value ?? "/").TrimStart('/');
        if (path.Length > 0 && !path.EndsWith('/') && site.Find(path) is null && site.Find(path + "/index.html") is not null)
        {
            // A folder without its slash: relative links inside the page need it.
            context.Response.Redirect("/" + path + "/" + context.Request.QueryString);
            return;
        }
        var file = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
        var version = site.Version;
        var problems = site.Problems;
        if (site.Find(file) is not { } body)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.Body.WriteAsync(PreviewPage.Inject("<!doctype html><title>404</title><p>Not in the site: /"u8.ToArray()
                .Concat(System.Text.Encoding.UTF8.GetBytes(Mcro.Rendering.Html.Escape(file))).ToArray(), version, problems));
            return;
        }
        var type = Mcro.Site.MediaTypes.Of(file);
        if (type.StartsWith("text/html", StringComparison.Ordinal)) body = PreviewPage.Inject(body, version, problems);
        context.Response.ContentType = type;
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.Body.WriteAsync(body);
    }

    /// <summary>Server-sent events: one message once the site (or its problems) changed after the page's version.</summary>
    private static async Task EventsAsync(HttpContext context, PreviewSite site)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        long.TryParse(context.Request.Query["version"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version);
        // A page from an earlier serve (restarted on the same port) reloads at once: its version counts another server's builds.
        if (context.Request.Query["server"] != PreviewPage.ServerId) version = -1;
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted,
            context.RequestServices.GetRequiredService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>().ApplicationStopping);
        await context.Response.WriteAsync(": mcro preview\n\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        try
        {
            await site.ChangedAfter(version).WaitAsync(stopping.Token);
            await context.Response.WriteAsync($"data: {site.Version}\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The page was closed or the server stops.
        }
    }
}
